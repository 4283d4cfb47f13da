using System.Text;
using System.Text.Json;

namespace OpsCenter.Tests.Web.Reports;

public sealed record MalformedPayload(string Name, byte[] Body, string? ContentType = "application/json", string[]? Keys = null)
{
    public string[] IdempotencyKeys => Keys ?? [];
}

/// <summary>A deterministic catalogue of bad intake requests, built from valid ones by breaking one thing at a time.</summary>
public static class MalformedPayloads
{
    private static readonly string[] StringFields = ["kind", "category", "description", "districtCode", "subdistrictCode", "address", "name", "phone", "email", "photo"];
    private static readonly string[] NumberFields = ["lat", "long"];

    private static readonly Dictionary<string, object?>[] Bases =
    [
        new() { ["kind"] = "complaint", ["category"] = "road", ["description"] = "ถนนเป็นหลุมลึก", ["lat"] = 14.53243, ["long"] = 100.91259 },
        new() { ["kind"] = "need", ["category"] = "welfare", ["description"] = "ขอความช่วยเหลือผู้สูงอายุ", ["districtCode"] = "1902", ["subdistrictCode"] = "190201" },
        new()
        {
            ["kind"] = "complaint", ["category"] = "noise", ["description"] = "เสียงดังจากโรงงานทั้งคืน", ["lat"] = 14.58663, ["long"] = 101.00155,
            ["name"] = "ทดสอบ", ["phone"] = "0812345678", ["email"] = "a@example.com", ["consent"] = true, ["address"] = "ซอย 3",
        },
    ];

    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC3, 0x28], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];

    public static IEnumerable<MalformedPayload> All() =>
        WrongTypes().Concat(HugeStrings()).Concat(BadUtf8Bytes()).Concat(OutOfRange()).Concat(DuplicateKeys()).Concat(Truncated())
            .Concat(BadShapes()).Concat(BadValues()).Concat(BadText()).Concat(BadRequests());

    private static byte[] Json(Dictionary<string, object?> body) => JsonSerializer.SerializeToUtf8Bytes(body);

    private static Dictionary<string, object?> With(int baseIndex, string field, object? value) => new(Bases[baseIndex]) { [field] = value };

    private static IEnumerable<MalformedPayload> WrongTypes()
    {
        object?[] notStrings = [42, -1.5, true, false, new[] { "a" }, new Dictionary<string, object> { ["x"] = 1 }, new object[0], 0];
        object?[] notNumbers = ["14.5", "north", true, new[] { 14.5 }, new Dictionary<string, object> { ["v"] = 1 }, "", "NaN", "Infinity"];
        object?[] notBools = ["yes", 1, 0, "true", new[] { true }, 1.5];
        for (var b = 0; b < Bases.Length; b++)
        {
            foreach (var field in StringFields)
            {
                foreach (var value in notStrings)
                {
                    yield return new($"type {field}={JsonSerializer.Serialize(value)} base {b}", Json(With(b, field, value)));
                }
            }

            foreach (var field in NumberFields)
            {
                foreach (var value in notNumbers)
                {
                    yield return new($"type {field}={JsonSerializer.Serialize(value)} base {b}", Json(With(b, field, value)));
                }
            }

            foreach (var value in notBools)
            {
                yield return new($"type consent={JsonSerializer.Serialize(value)} base {b}", Json(With(b, "consent", value)));
            }
        }
    }

    private static IEnumerable<MalformedPayload> HugeStrings()
    {
        int[] sizes = [4001, 10_000, 100_000, 1_000_000, 6_000_000];
        foreach (var field in new[] { "description", "category", "name", "address", "email", "phone", "districtCode", "kind" })
        {
            foreach (var size in sizes)
            {
                yield return new($"huge {field} {size}", Json(With(0, field, new string('ก', size))));
            }
        }

        yield return new("body over 8 MB", Json(With(0, "address", new string('a', 9_000_000))));
        yield return new("photo over 5 MB", Json(With(0, "photo", Convert.ToBase64String([0xFF, 0xD8, 0xFF, .. new byte[5 * 1024 * 1024]]))));
    }

    private static IEnumerable<MalformedPayload> BadUtf8Bytes()
    {
        for (var b = 0; b < Bases.Length; b++)
        {
            var valid = Json(Bases[b]);
            for (var position = 1; position < valid.Length; position++)
            {
                var bad = BadUtf8[position % BadUtf8.Length];
                yield return new($"utf8 base {b} at {position}", [.. valid[..position], .. bad, .. valid[position..]]);
            }
        }
    }

    private static IEnumerable<MalformedPayload> OutOfRange()
    {
        foreach (var lat in new object[] { 90.0001, -90.0001, 1e308, -1e308, 91, 180, 13.7563 })
        {
            yield return new($"lat {lat}", Json(With(0, "lat", lat)));
        }

        foreach (var lon in new object[] { 180.0001, -180.0001, 1e308, 361, 0, 99.0 })
        {
            yield return new($"long {lon}", Json(With(0, "long", lon)));
        }

        foreach (var text in new[] { "1e400", "-1e400", "1" + new string('0', 400) })
        {
            yield return new($"lat literal {text}", Encoding.UTF8.GetBytes($$"""{"kind":"complaint","category":"road","description":"ถนนเป็นหลุมลึก","lat":{{text}},"long":100.9}"""));
        }

        yield return new("lat only", Json(new() { ["kind"] = "complaint", ["category"] = "road", ["description"] = "ถนนเป็นหลุมลึก", ["lat"] = 14.5 }));
        yield return new("null island", Json(With(0, "lat", 0.0) is var d ? new(d) { ["long"] = 0.0 } : d));
    }

    private static IEnumerable<MalformedPayload> DuplicateKeys()
    {
        for (var b = 0; b < Bases.Length; b++)
        {
            var json = Encoding.UTF8.GetString(Json(Bases[b]));
            foreach (var field in Bases[b].Keys)
            {
                var copy = JsonSerializer.Serialize(Bases[b][field]);
                yield return new($"duplicate {field} base {b}", Encoding.UTF8.GetBytes(json.TrimEnd('}') + $",\"{field}\":{copy}}}"));
            }
        }
    }

    private static IEnumerable<MalformedPayload> Truncated()
    {
        for (var b = 0; b < Bases.Length; b++)
        {
            var valid = Json(Bases[b]);
            for (var length = 0; length < valid.Length; length++)
            {
                yield return new($"truncated base {b} at {length}", valid[..length]);
            }
        }
    }

    private static IEnumerable<MalformedPayload> BadShapes()
    {
        foreach (var body in new[] { "[]", "\"report\"", "42", "null", "true", "{", "}", "{}", "[{}]", "{\"kind\"}", "{'kind':'need'}", "{\"kind\":\"need\",}", " ", "\u0000" })
        {
            yield return new($"shape {body}", Encoding.UTF8.GetBytes(body));
        }

        yield return new("deep nesting", Encoding.UTF8.GetBytes("{\"kind\":" + new string('[', 5000) + new string(']', 5000) + "}"));
        yield return new("deep object", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200)));
    }

    private static IEnumerable<MalformedPayload> BadValues()
    {
        foreach (var kind in new[] { "", "complain", "NEEDS", "เรื่อง", "1" })
        {
            yield return new($"kind {kind}", Json(With(0, "kind", kind)));
        }

        foreach (var category in new[] { "", " ", "roads", "ROAD!", "../road", "ถนนหลวง" })
        {
            yield return new($"category {category}", Json(With(0, "category", category)));
        }

        foreach (var code in new[] { "19", "190", "1001", "19x1", "9999", "TH99", "190299" })
        {
            yield return new($"districtCode {code}", Json(With(1, "districtCode", code)));
        }

        foreach (var code in new[] { "1902", "19020", "190101", "999999", "abcdef" })
        {
            yield return new($"subdistrictCode {code}", Json(With(1, "subdistrictCode", code)));
        }

        foreach (var (field, value) in new[] { ("phone", "call me"), ("phone", "12"), ("email", "no-at-sign"), ("email", "a@b"), ("consent", (object)false) })
        {
            yield return new($"contact {field}={value}", Json(With(2, field, value)));
        }

        yield return new("contact without consent", Json(new(Bases[2]) { ["consent"] = null }));
        foreach (var photo in new[] { "not base64 !!", Convert.ToBase64String("GIF89a"u8.ToArray()), Convert.ToBase64String("%PDF-1.7"u8.ToArray()), "data:image/png;base64,@@@" })
        {
            yield return new($"photo {photo[..Math.Min(12, photo.Length)]}", Json(With(0, "photo", photo)));
        }

        foreach (var description in new[] { "", "   ", "ถนน", "abcd" })
        {
            yield return new($"description '{description}'", Json(With(0, "description", description)));
        }

        foreach (var missing in new[] { "kind", "category", "description", "lat", "long" })
        {
            var body = new Dictionary<string, object?>(Bases[0]);
            body.Remove(missing);
            yield return new($"missing {missing}", Json(body));
        }
    }

    /// <summary>Written as JSON escapes by hand: a serializer would quietly turn a lone surrogate into U+FFFD.</summary>
    private static IEnumerable<MalformedPayload> BadText()
    {
        string[] poison = ["\\u0000", "\\u0001", "\\u001b[31m", "\\u007f", "\\ud800", "\\udfff", "x\\ud800y", "\\udc00\\ud800", "\\ud83d"];
        foreach (var field in new[] { "description", "address", "name", "category", "kind" })
        {
            foreach (var text in poison)
            {
                var body = new Dictionary<string, object?>(Bases[2]);
                body.Remove(field);
                var json = Encoding.UTF8.GetString(Json(body)).TrimEnd('}') + $",\"{field}\":\"ข้อความ {text} ต่อท้าย\"}}";
                yield return new($"escape {field} {text}", Encoding.UTF8.GetBytes(json));
            }
        }
    }

    private static IEnumerable<MalformedPayload> BadRequests()
    {
        var valid = Json(Bases[0]);
        foreach (var type in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null })
        {
            yield return new($"content-type {type ?? "none"}", valid, type);
        }

        foreach (var key in new[] { new string('k', 201), "ไทย", "has space", "tab\there" })
        {
            yield return new($"idempotency key '{key[..Math.Min(10, key.Length)]}'", valid, Keys: [key]);
        }

        yield return new("two idempotency keys", valid, Keys: ["a", "b"]);
        yield return new("empty body", []);
        yield return new("bom only", [0xEF, 0xBB, 0xBF]);
    }
}
