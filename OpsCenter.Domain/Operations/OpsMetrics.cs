using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OpsCenter.Domain.Operations;

/// <summary>
/// OpsCenter's own instruments (meter and activity source "OpsCenter"), exported with ASP.NET Core's, HttpClient's and
/// the runtime's by OpenTelemetry: see docs/operations.md for what each means and when to worry.
/// </summary>
public sealed class OpsMetrics : IDisposable
{
    public const string Name = "OpsCenter";

    public static readonly ActivitySource Activities = new(Name);

    private readonly Meter _meter;
    private readonly Counter<long> _reportsReceived;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _outboxLag;
    private readonly Histogram<double> _pushLatency;
    private int _databaseAvailable = 1;
    private int _openCircuits;

    public OpsMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _reportsReceived = _meter.CreateCounter<long>("opscenter.reports.received", "{report}", "Citizen reports accepted and committed, by channel");
        _errors = _meter.CreateCounter<long>("opscenter.http.errors", "{response}", "Error answers, by protocol and status");
        _outboxLag = _meter.CreateHistogram<double>("opscenter.outbox.lag", "s", "Time from an event's commit to its delivery to this instance's bus");
        _pushLatency = _meter.CreateHistogram<double>("opscenter.wall.push_latency", "ms", "Time from an event to the wall snapshot it caused");
        _meter.CreateObservableGauge("opscenter.database.available", () => Volatile.Read(ref _databaseAvailable), "{bool}", "1 while the database answers, 0 while it does not");
        _meter.CreateObservableUpDownCounter("opscenter.circuits.open", () => Volatile.Read(ref _openCircuits), "{circuit}", "Open Blazor circuits (pages and wall screens)");
    }

    public bool DatabaseAvailable => Volatile.Read(ref _databaseAvailable) == 1;

    public void ReportReceived(string channel) => _reportsReceived.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void Error(string protocol, int status) =>
        _errors.Add(1, new KeyValuePair<string, object?>("protocol", protocol), new KeyValuePair<string, object?>("status", status));

    public void OutboxDelivered(TimeSpan lag) => _outboxLag.Record(Math.Max(0, lag.TotalSeconds));

    public void WallPushed(TimeSpan latency) => _pushLatency.Record(Math.Max(0, latency.TotalMilliseconds));

    public void DatabaseFailed() => Volatile.Write(ref _databaseAvailable, 0);

    public void DatabaseAnswered() => Volatile.Write(ref _databaseAvailable, 1);

    public void CircuitOpened() => Interlocked.Increment(ref _openCircuits);

    public void CircuitClosed() => Interlocked.Decrement(ref _openCircuits);

    public void Dispose() => _meter.Dispose();
}
