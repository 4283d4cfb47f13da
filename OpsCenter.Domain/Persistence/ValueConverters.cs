using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Persistence;

/// <summary>Every stored time is UTC; reading it back marks it so, whatever the provider returns.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => ThaiCalendar.EnsureUtc(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

internal sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    v => v.HasValue ? ThaiCalendar.EnsureUtc(v.Value) : v,
    v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
