using System.Buffers.Binary;
using System.Text;

namespace WallBench;

/// <summary>
/// The little of MessagePack that SignalR's "blazorpack" protocol uses (nil, bool, integers, strings, binary, arrays,
/// maps), and its framing: each message prefixed by its length as a 7-bit variable-length integer.
/// </summary>
internal static class MessagePackLite
{
    public static byte[] Frame(params object?[] message)
    {
        var body = new MemoryStream();
        Write(body, message);
        var frame = new MemoryStream();
        var length = (uint)body.Length;
        do
        {
            var b = (byte)(length & 0x7f);
            length >>= 7;
            frame.WriteByte(length > 0 ? (byte)(b | 0x80) : b);
        }
        while (length > 0);
        body.Position = 0;
        body.CopyTo(frame);
        return frame.ToArray();
    }

    /// <summary>Splits a buffer into complete messages; returns how many bytes were consumed.</summary>
    public static int ReadFrames(ReadOnlySpan<byte> buffer, List<object?[]> messages)
    {
        var consumed = 0;
        while (true)
        {
            var span = buffer[consumed..];
            uint length = 0;
            var shift = 0;
            var header = 0;
            while (true)
            {
                if (header >= span.Length)
                {
                    return consumed;
                }

                var b = span[header++];
                length |= (uint)(b & 0x7f) << shift;
                shift += 7;
                if ((b & 0x80) == 0)
                {
                    break;
                }
            }

            if (span.Length < header + length)
            {
                return consumed;
            }

            var position = 0;
            var body = span.Slice(header, (int)length);
            messages.Add((object?[])Read(body, ref position)!);
            consumed += header + (int)length;
        }
    }

    private static void Write(Stream s, object? value)
    {
        switch (value)
        {
            case null:
                s.WriteByte(0xc0);
                break;
            case bool b:
                s.WriteByte(b ? (byte)0xc3 : (byte)0xc2);
                break;
            case int i:
                WriteInteger(s, i);
                break;
            case long l:
                WriteInteger(s, l);
                break;
            case string text:
                var bytes = Encoding.UTF8.GetBytes(text);
                if (bytes.Length < 32)
                {
                    s.WriteByte((byte)(0xa0 | bytes.Length));
                }
                else
                {
                    s.WriteByte(0xdb);
                    WriteBigEndian(s, (uint)bytes.Length);
                }

                s.Write(bytes);
                break;
            case byte[] binary:
                s.WriteByte(0xc6);
                WriteBigEndian(s, (uint)binary.Length);
                s.Write(binary);
                break;
            case object?[] array:
                s.WriteByte(0xdd);
                WriteBigEndian(s, (uint)array.Length);
                foreach (var item in array)
                {
                    Write(s, item);
                }

                break;
            case Dictionary<string, string> map:
                s.WriteByte((byte)(0x80 | map.Count));
                foreach (var (key, item) in map)
                {
                    Write(s, key);
                    Write(s, item);
                }

                break;
            default:
                throw new NotSupportedException(value.GetType().Name);
        }
    }

    private static void WriteInteger(Stream s, long value)
    {
        if (value is >= 0 and < 128)
        {
            s.WriteByte((byte)value);
            return;
        }

        s.WriteByte(0xd3);
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        s.Write(bytes);
    }

    private static void WriteBigEndian(Stream s, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        s.Write(bytes);
    }

    private static object? Read(ReadOnlySpan<byte> data, ref int p)
    {
        var code = data[p++];
        switch (code)
        {
            case <= 0x7f:
                return (long)code;
            case >= 0xe0:
                return (long)(sbyte)code;
            case >= 0xa0 and <= 0xbf:
                return ReadString(data, ref p, code & 0x1f);
            case >= 0x90 and <= 0x9f:
                return ReadArray(data, ref p, code & 0x0f);
            case >= 0x80 and <= 0x8f:
                return ReadMap(data, ref p, code & 0x0f);
        }

        return code switch
        {
            0xc0 => null,
            0xc2 => false,
            0xc3 => true,
            0xc4 => ReadBinary(data, ref p, Take(data, ref p, 1)),
            0xc5 => ReadBinary(data, ref p, Take(data, ref p, 2)),
            0xc6 => ReadBinary(data, ref p, Take(data, ref p, 4)),
            0xca => BitConverter.Int32BitsToSingle((int)Take(data, ref p, 4)),
            0xcb => BitConverter.Int64BitsToDouble((long)Take(data, ref p, 8)),
            0xcc => (long)Take(data, ref p, 1),
            0xcd => (long)Take(data, ref p, 2),
            0xce => (long)Take(data, ref p, 4),
            0xcf => (long)Take(data, ref p, 8),
            0xd0 => (long)(sbyte)Take(data, ref p, 1),
            0xd1 => (long)(short)Take(data, ref p, 2),
            0xd2 => (long)(int)Take(data, ref p, 4),
            0xd3 => (long)Take(data, ref p, 8),
            0xd9 => ReadString(data, ref p, (int)Take(data, ref p, 1)),
            0xda => ReadString(data, ref p, (int)Take(data, ref p, 2)),
            0xdb => ReadString(data, ref p, (int)Take(data, ref p, 4)),
            0xdc => ReadArray(data, ref p, (int)Take(data, ref p, 2)),
            0xdd => ReadArray(data, ref p, (int)Take(data, ref p, 4)),
            0xde => ReadMap(data, ref p, (int)Take(data, ref p, 2)),
            0xdf => ReadMap(data, ref p, (int)Take(data, ref p, 4)),
            _ => throw new NotSupportedException($"MessagePack code 0x{code:x2}"),
        };
    }

    private static ulong Take(ReadOnlySpan<byte> data, ref int p, int bytes)
    {
        ulong value = 0;
        for (var i = 0; i < bytes; i++)
        {
            value = (value << 8) | data[p++];
        }

        return value;
    }

    private static string ReadString(ReadOnlySpan<byte> data, ref int p, int length)
    {
        var text = Encoding.UTF8.GetString(data.Slice(p, length));
        p += length;
        return text;
    }

    private static byte[] ReadBinary(ReadOnlySpan<byte> data, ref int p, ulong length)
    {
        var bytes = data.Slice(p, (int)length).ToArray();
        p += (int)length;
        return bytes;
    }

    private static object?[] ReadArray(ReadOnlySpan<byte> data, ref int p, int count)
    {
        var items = new object?[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Read(data, ref p);
        }

        return items;
    }

    private static Dictionary<string, object?> ReadMap(ReadOnlySpan<byte> data, ref int p, int count)
    {
        var map = new Dictionary<string, object?>(count);
        for (var i = 0; i < count; i++)
        {
            var key = Read(data, ref p)?.ToString() ?? "";
            map[key] = Read(data, ref p);
        }

        return map;
    }
}
