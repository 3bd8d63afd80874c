using System.Diagnostics;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Fuzz;

/// <summary>A call that got an answer it may not get, or left something behind when refused.</summary>
public sealed record FuzzFailure(string Method, string Field, string Value, string Status, string Problem);

/// <summary>What one run sent and got: answers counted by status and by expectation, and every failure.</summary>
public sealed class FuzzResult(string provider)
{
    public string Provider { get; } = provider;

    public SortedDictionary<string, SortedDictionary<Expectation, int>> Counts { get; } = new(StringComparer.Ordinal);

    public List<FuzzFailure> Failures { get; } = [];

    public int Calls { get; set; }

    public int Methods { get; set; }

    public int ReadsAfterwards { get; set; }

    public TimeSpan Elapsed { get; set; }

    public void Count(Answer answer, Expectation expect)
    {
        var row = Counts.TryGetValue(answer.Label, out var existing) ? existing : Counts[answer.Label] = [];
        row[expect] = row.GetValueOrDefault(expect) + 1;
        Calls++;
    }
}

/// <summary>
/// Sends every variant one after another, so each refused call can be held to the database it leaves, and a large
/// body with a small call beside it on the same connection, which must still be answered. Then every read is asked
/// again with the seeded identifiers.
/// </summary>
public sealed class FuzzRun(FuzzCaller caller, RowCounts rows, ServedMethod? besideLargeCalls)
{
    private const int LargeBody = 64 * 1024;

    public async Task RunAsync(IEnumerable<Variant> variants, FuzzResult result)
    {
        var clock = Stopwatch.StartNew();
        var before = await rows.TakeAsync();
        foreach (var variant in variants)
        {
            var body = variant.Body();
            var beside = body.Length > LargeBody && besideLargeCalls is not null ? caller.CallAsync(besideLargeCalls, []) : null;
            var answer = variant.TruncatedFrame ? await caller.CallWithTruncatedFrameAsync(variant.Method, body) : await caller.CallAsync(variant.Method, body);
            result.Count(answer, variant.Expect);
            if (Verdicts.Judge(variant, answer) is { } problem)
                Fail(result, variant, answer, problem);
            if (beside is not null && await beside is { Code: not StatusCode.OK } besideAnswer)
                Fail(result, variant, answer, $"the small call beside it answered {besideAnswer.Label}");
            if (answer.IsTransportFailure)
                await Task.Delay(TimeSpan.FromSeconds(2)); // a call the client gave up on may still be writing
            var after = await rows.TakeAsync();
            if (answer.Code != StatusCode.OK && RowCounts.Changes(before, after) is { Count: > 0 } changes)
                Fail(result, variant, answer, $"refused, yet the database changed: {string.Join(", ", changes)}");
            before = after;
        }
        result.Elapsed = clock.Elapsed;
    }

    /// <summary>
    /// For each read, a request that answers OK before the run: the seeded identifiers alone, or else the plausible
    /// request (a read may need a filter, such as CheckContact's channel). A read with neither fails the run.
    /// </summary>
    public async Task<IReadOnlyList<(ServedMethod Read, byte[] Body)>> ReadsThatAnswerAsync(
        IEnumerable<ServedMethod> reads, PlausibleRequests plausible, FuzzResult result)
    {
        var answering = new List<(ServedMethod, byte[])>();
        foreach (var read in reads)
        {
            var candidates = new[] { plausible.IdentifiersOnly(read.Input).ToBytes(), plausible.For(read.Input).ToBytes() };
            var answers = new List<Answer>();
            foreach (var body in candidates)
            {
                answers.Add(await caller.CallAsync(read, body));
                if (answers[^1].Code == StatusCode.OK)
                {
                    answering.Add((read, body));
                    break;
                }
            }
            if (answers[^1].Code != StatusCode.OK)
                result.Failures.Add(new(read.Name, Variant.WholeRequest, "seeded identifiers, before the run", answers[0].Label,
                    $"no seeded request answers: {Shorten(answers[0].Detail)}"));
        }
        return answering;
    }

    public async Task ReadAgainAsync(IEnumerable<(ServedMethod Read, byte[] Body)> reads, FuzzResult result)
    {
        foreach (var (read, body) in reads)
        {
            var answer = await caller.CallAsync(read, body);
            result.ReadsAfterwards++;
            if (answer.Code != StatusCode.OK)
                result.Failures.Add(new(read.Name, Variant.WholeRequest, "the same read, after the run", answer.Label,
                    $"the read no longer answers: {Shorten(answer.Detail)}"));
        }
    }

    private static void Fail(FuzzResult result, Variant variant, Answer answer, string problem) =>
        result.Failures.Add(new(variant.Method.Name, variant.Field, variant.Value, answer.Label, problem));

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
