using System.CommandLine.Parsing;

namespace Complaints.Cli.Connection;

/// <summary>Who <c>--as</c> says is calling: a person's id and the roles they hold, sent as the development sign-in headers.</summary>
internal sealed record DevelopmentCaller(string Id, IReadOnlyList<string> Roles)
{
    /// <summary>Reads "adam.admin:administrator" or "hana.handler:complaint-handler,stage2-reviewer"; anything else is a parse error.</summary>
    public static DevelopmentCaller? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var id = colon > 0 ? text[..colon].Trim() : "";
        var roles = colon > 0 ? text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (id.Length > 0 && roles.Length > 0)
            return new DevelopmentCaller(id, roles);
        result.AddError($"--as takes <id>:<role>[,<role>], e.g. adam.admin:administrator; got '{text}'.");
        return null;
    }
}
