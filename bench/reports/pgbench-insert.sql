-- One durable single-row insert into the same table the intake writes, as pgbench's baseline for the ratio.
\set lat random(143000, 147000)
\set lon random(1007000, 1011000)
INSERT INTO citizen_reports (tracking_number, province_code, kind, category_code, description, latitude, longitude, district_code,
  subdistrict_code, status, owner_agency_id, channel, received_at, updated_at, due_at, reporter_count, reopen_count, escalation_level)
VALUES ('PGB-' || :client_id || '-' || txid_current(), '19', 1, 'road', 'pgbench ถนนเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย', :lat / 10000.0, :lon / 10000.0,
  '1901', '190101', 1, 1, 1, now(), now(), now() + interval '72 hours', 1, 0, 0);
