using System.Collections.Immutable;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>
/// A request written field by field from its descriptor. C# protobuf has no dynamic message, and the generated types
/// could not carry what the fuzz sends anyway (invalid UTF-8 in a string, a field the type does not know), so values
/// are written straight to the wire: a repeated field is its entries in order, a string may be raw bytes.
/// </summary>
public sealed record WireMessage(MessageDescriptor Type, ImmutableList<WireField> Fields)
{
    public static WireMessage Empty(MessageDescriptor type) => new(type, []);

    public IEnumerable<object> ValuesOf(FieldDescriptor field) => Fields.Where(f => f.Field == field).Select(f => f.Value);

    /// <summary>This message with <paramref name="field"/> holding exactly <paramref name="values"/> (none clears it).</summary>
    public WireMessage With(FieldDescriptor field, params object[] values) =>
        this with { Fields = Fields.RemoveAll(f => f.Field == field).AddRange(values.Select(v => new WireField(field, v))) };

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        foreach (var entry in Fields)
            entry.WriteTo(output);
        output.Flush();
        return buffer.ToArray();
    }
}

/// <summary>
/// One entry of a field: a long (every varint and fixed type, bool and enum included), a double, a string, raw bytes
/// for a string or bytes field, or a nested <see cref="WireMessage"/>.
/// </summary>
public sealed record WireField(FieldDescriptor Field, object Value)
{
    public void WriteTo(CodedOutputStream output)
    {
        var number = Field.FieldNumber;
        switch (Field.FieldType, Value)
        {
            case (FieldType.Message or FieldType.Group, WireMessage nested):
                Delimited(output, number, nested.ToBytes());
                break;
            case (FieldType.String or FieldType.Bytes, string text):
                Delimited(output, number, System.Text.Encoding.UTF8.GetBytes(text));
                break;
            case (FieldType.String or FieldType.Bytes, byte[] raw):
                Delimited(output, number, raw);
                break;
            case (FieldType.Double, double d):
                output.WriteTag(number, WireFormat.WireType.Fixed64);
                output.WriteDouble(d);
                break;
            case (FieldType.Float, double f):
                output.WriteTag(number, WireFormat.WireType.Fixed32);
                output.WriteFloat((float)f);
                break;
            case (FieldType.Fixed64 or FieldType.SFixed64, long l):
                output.WriteTag(number, WireFormat.WireType.Fixed64);
                output.WriteSFixed64(l);
                break;
            case (FieldType.Fixed32 or FieldType.SFixed32, long l):
                output.WriteTag(number, WireFormat.WireType.Fixed32);
                output.WriteSFixed32(unchecked((int)l));
                break;
            case (FieldType.SInt32, long l):
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteSInt32(unchecked((int)l));
                break;
            case (FieldType.SInt64, long l):
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteSInt64(l);
                break;
            case (_, long l):
                // int32, int64, uint32, uint64, bool, enum: a varint; negative int32 and enum values take ten bytes.
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteInt64(l);
                break;
            default:
                throw new InvalidOperationException($"{Field.FullName} ({Field.FieldType}) cannot hold a {Value.GetType().Name}.");
        }
    }

    private static void Delimited(CodedOutputStream output, int number, byte[] bytes)
    {
        output.WriteTag(number, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(bytes));
    }
}
