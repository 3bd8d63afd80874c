using Complaints.Kernel.Access;
using Complaints.Kernel.Pipeline;
using Google.Protobuf;
using Grpc.Core;

namespace Complaints.Host.Security;

/// <summary>
/// Hands every call on residents' records to the audit of access as it ends, refused or not: who, for whom, which RPC,
/// read or change, the outcome, the records and the sensitive fields. Calls that touch no personal data (health,
/// reflection, the server's own facts under <c>system.read</c>) are not recorded.
/// </summary>
internal sealed class CallAudit(AuditTrail trail, PermissionTable permissions, TimeProvider clock)
{
    private static readonly string[] ReadVerbs = ["Get", "List", "Check", "Export", "Calculate", "Verify", "Subscribe"];

    public bool Covers(string method) =>
        permissions.PermissionByMethod.TryGetValue(method, out var permission) && permission != "system.read";

    public void Record(string method, Actor? actor, CallerContext caller, StatusCode outcome, object request, object? response)
    {
        var records = new List<(string, string)>();
        var sensitive = new HashSet<string>(StringComparer.Ordinal);
        AuditedFields.Collect(request as IMessage, records, new HashSet<string>());
        AuditedFields.Collect(response as IMessage, records, sensitive);
        var name = method[(method.LastIndexOf('/') + 1)..];
        trail.Record(new AuditDraft(clock.GetUtcNow(), actor?.Id ?? "anonymous", actor?.OnBehalfOf, method,
            ReadVerbs.Any(verb => name.StartsWith(verb, StringComparison.Ordinal)) ? "read" : "change",
            outcome.ToString(), caller.CorrelationId, records, sensitive, outcome == StatusCode.OK ? caller.AuditNote : null));
    }
}
