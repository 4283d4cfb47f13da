-- wrk script: each request is a new report with its own Idempotency-Key, at a point spread over Saraburi's districts.
local points = {
  {14.53243, 100.91259}, {14.58663, 101.00155}, {14.37718, 100.85613}, {14.34600, 100.98249}, {14.70000, 100.80000},
  {14.62893, 100.91416}, {14.60288, 101.08780}, {14.47173, 100.89009}, {14.48770, 100.86017}, {14.56369, 100.90062},
}
local run = os.getenv("RUN") or "bench"
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  math.randomseed(tid + 1)
end

request = function()
  counter = counter + 1
  local key = string.format("%s-%d-%d", run, tid, counter)
  local p = points[(counter % #points) + 1]
  local lat = p[1] + (math.random() - 0.5) * 0.01
  local lon = p[2] + (math.random() - 0.5) * 0.01
  local body = string.format(
    '{"kind":"complaint","category":"road","description":"bench %s ถนนเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย","lat":%.6f,"long":%.6f}',
    key, lat, lon)
  return wrk.format("POST", "/api/reports", { ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }, body)
end
