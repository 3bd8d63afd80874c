using System.Text;

namespace Complaints.Host.Security;

/// <summary>
/// The permission table as the README shows it: one row per permission, with the RPCs that need it and the roles
/// that grant it. Generated from the running server's table, so the README cannot drift from the code (a test
/// compares them).
/// </summary>
public static class PermissionTableDocument
{
    public static string Markdown(IServiceProvider services)
    {
        var table = services.GetRequiredService<PermissionTable>();
        var text = new StringBuilder();
        text.AppendLine("| Permission | RPCs that need it | Roles that grant it |");
        text.AppendLine("|---|---|---|");
        foreach (var permission in table.PermissionByMethod.GroupBy(m => m.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var methods = permission.Select(m => Short(m.Key)).Order(StringComparer.Ordinal);
            var roles = table.PermissionsByRole.Where(r => r.Value.Contains(permission.Key)).Select(r => r.Key).Order(StringComparer.Ordinal);
            text.AppendLine($"| `{permission.Key}` | {string.Join(", ", methods)} | {string.Join(", ", roles)} |");
        }
        return text.ToString();
    }

    /// <summary><c>/complaints.intake.v1.IntakeService/LogComplaint</c> → <c>IntakeService.LogComplaint</c>.</summary>
    private static string Short(string method)
    {
        var parts = method.Trim('/').Split('/');
        return $"{parts[0][(parts[0].LastIndexOf('.') + 1)..]}.{parts[1]}";
    }
}
