using System.Runtime.CompilerServices;

namespace Complaints.Grpc;

public static class AsyncStreamReaderExtensions
{
    /// <summary>The stream's messages as an <see cref="IAsyncEnumerable{T}"/>, for <c>await foreach</c>.</summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        this IAsyncStreamReader<T> reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await reader.MoveNext(cancellationToken))
            yield return reader.Current;
    }
}
