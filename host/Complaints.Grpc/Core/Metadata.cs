using System.Collections;

namespace Complaints.Grpc;

/// <summary>
/// Request headers, response headers or trailers of a call. Keys are lower-case; keys ending in <c>-bin</c> carry
/// bytes (base64 on the wire), all others printable ASCII text.
/// </summary>
public sealed class Metadata : IReadOnlyList<Metadata.Entry>
{
    public const string BinarySuffix = "-bin";

    private readonly List<Entry> _entries = [];

    public int Count => _entries.Count;

    public Entry this[int index] => _entries[index];

    public Metadata Add(string key, string value)
    {
        _entries.Add(Entry.Text(key, value));
        return this;
    }

    public Metadata Add(string key, byte[] value)
    {
        _entries.Add(Entry.Binary(key, value));
        return this;
    }

    public Metadata Add(Entry entry)
    {
        _entries.Add(entry);
        return this;
    }

    /// <summary>The last entry with this key, or null.</summary>
    public Entry? Get(string key) => _entries.LastOrDefault(e => e.Key == key.ToLowerInvariant());

    public string? GetValue(string key) => Get(key)?.Value;

    public byte[]? GetValueBytes(string key) => Get(key)?.ValueBytes;

    public IEnumerator<Entry> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One metadata key and its value.</summary>
    public sealed class Entry
    {
        private readonly string? _text;
        private readonly byte[]? _bytes;

        private Entry(string key, string? text, byte[]? bytes)
        {
            Key = key;
            _text = text;
            _bytes = bytes;
        }

        public string Key { get; }

        public bool IsBinary => _bytes is not null;

        /// <summary>The text value; throws for a binary entry.</summary>
        public string Value => _text ?? throw new InvalidOperationException($"Metadata '{Key}' is binary; read ValueBytes.");

        /// <summary>The bytes of a binary entry; throws for a text entry.</summary>
        public byte[] ValueBytes => _bytes ?? throw new InvalidOperationException($"Metadata '{Key}' is text; read Value.");

        public static Entry Text(string key, string value)
        {
            var normalized = MetadataKey.Normalize(key);
            if (normalized.EndsWith(BinarySuffix, StringComparison.Ordinal))
                throw new ArgumentException($"Metadata key '{key}' ends in '-bin' and so needs a byte[] value.", nameof(key));
            foreach (var c in value)
            {
                if (c < 0x20 || c > 0x7E)
                    throw new ArgumentException($"Metadata '{key}' value must be printable ASCII; use a '-bin' key for other data.", nameof(value));
            }
            return new Entry(normalized, value, null);
        }

        public static Entry Binary(string key, byte[] value)
        {
            var normalized = MetadataKey.Normalize(key);
            if (!normalized.EndsWith(BinarySuffix, StringComparison.Ordinal))
                throw new ArgumentException($"Binary metadata key '{key}' must end in '-bin'.", nameof(key));
            return new Entry(normalized, null, value);
        }

        public override string ToString() => IsBinary ? $"{Key}: <{_bytes!.Length} bytes>" : $"{Key}: {_text}";
    }
}
