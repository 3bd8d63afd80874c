using System.CommandLine;
using Complaints.AccessApi.V1;
using Google.Protobuf.WellKnownTypes;

namespace Complaints.Cli.Commands;

/// <summary><c>complaints api-keys issue</c>: a key for a system, holding the roles given; its secret is printed once.</summary>
internal static class IssueApiKeyCommand
{
    public static Command Create(CliContext cli)
    {
        var system = new Option<string>("--system") { Description = "The system the key is for, e.g. hms-northgate", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = "A role the key holds, e.g. hms (repeat for more)", Required = true, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false,
        };
        var expires = new Option<DateOnly?>("--expires") { Description = "The last day it works, yyyy-MM-dd (UTC); by default a year from now" };
        var command = new Command("issue", "Issue a key for a system; the secret is shown once") { system, roles, expires };
        cli.SetAction(command, async run =>
        {
            var request = new IssueApiKeyRequest { System = run.Value(system) };
            request.Roles.AddRange(run.Value(roles).SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            if (run.Parsed.GetValue(expires) is { } lastDay)
                request.ExpiresAt = Timestamp.FromDateTime(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            var issued = await run.Api.Access.IssueApiKeyAsync(request, cancellationToken: run.Cancellation);
            ApiKeyOutput.WriteSecret(cli.Out, "Issued", issued.Key, issued.Secret);
            return 0;
        });
        return command;
    }
}
