using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Complaints.Cli.Output;
using Complaints.EventsApi.V1;

namespace Complaints.Cli.Commands;

/// <summary>
/// An event as one line, written straight to the output (never wrapped to the terminal's width) so a script can read
/// it: "42  2026-11-29T14:05:07.123Z  complaints.intake.v1.ComplaintLogged  {"complaintId":…}".
/// </summary>
internal static class EventLine
{
    /// <summary>Enough of the payload to see what happened; the whole event is the API's to give.</summary>
    private const int PayloadShown = 160;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(Event e) => $"{e.Id}  {Show.Utc(e.RecordedAt)}  {e.Type}  {Show.Shorten(CompactPayload(e.PayloadJson), PayloadShown)}";

    private static string CompactPayload(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Compact) ?? "";
        }
        catch (JsonException)
        {
            return json.ReplaceLineEndings(" ");
        }
    }
}
