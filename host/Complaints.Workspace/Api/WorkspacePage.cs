using Complaints.Client;
using Complaints.Workspace.SignIn;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Complaints.Workspace.Api;

/// <summary>
/// A workspace page: who is signed in, the API as them, and what the API refused, for the page's error summary. The
/// sign-in filter sets the first two before any handler runs.
/// </summary>
public abstract class WorkspacePage : PageModel
{
    public SignedInPerson Person { get; internal set; } = null!;

    protected ComplaintsApi Api { get; private set; } = null!;

    public ApiProblem? Problem { get; private set; }

    /// <summary>A confirmation to show once, after a redirect (GOV.UK's notification banner).</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Done { get; set; }

    internal void SignIn(SignedInPerson person, ComplaintsApi api) => (Person, Api) = (person, api);

    /// <summary>Runs an API call; a refusal becomes <see cref="Problem"/> and false, for the page to show again.</summary>
    protected async Task<bool> TryAsync(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (RpcException e) when (e.StatusCode is not (Grpc.Core.StatusCode.Unavailable or Grpc.Core.StatusCode.Internal or Grpc.Core.StatusCode.Unknown))
        {
            Problem = ApiProblem.From(e);
            return false;
        }
    }

    /// <summary>When the record a page is about could not be read: 404 if it does not exist, else the page with the API's refusal.</summary>
    protected Microsoft.AspNetCore.Mvc.IActionResult Unavailable() =>
        Problem?.Status == Grpc.Core.StatusCode.NotFound ? NotFound() : Page();

    /// <summary>The API's message for a field, for the error message beside it.</summary>
    public string? ErrorFor(string field) =>
        Problem?.Fields.FirstOrDefault(f => f.Field == field || f.Field.StartsWith(field + ".", StringComparison.Ordinal))?.Description;
}
