using Complaints.Workspace.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Complaints.Workspace.Pages;

/// <summary>
/// Sign in: through the landlord's identity provider, or — with development sign-in on — by picking one of the
/// development people, shown plainly as such. Signing out clears the workspace's cookie only.
/// </summary>
public sealed class SignInModel(IOptions<WorkspaceOptions> options) : PageModel
{
    public IReadOnlyList<WorkspacePerson> People => options.Value.DevelopmentPeople;

    public bool DevelopmentSignIn => options.Value.DevelopmentSignIn == true;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? PersonId { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (!DevelopmentSignIn && options.Value.SignIn.IsConfigured)
            return Challenge(new AuthenticationProperties { RedirectUri = SafeReturn() }, SignedInPerson.OpenIdScheme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!DevelopmentSignIn)
            return NotFound();
        if (People.FirstOrDefault(p => p.Id == PersonId) is not { } person)
        {
            Error = "Select who to sign in as";
            return Page();
        }
        await HttpContext.SignInAsync(SignedInPerson.Scheme, SignedInPerson.DevelopmentPrincipal(person));
        return LocalRedirect(SafeReturn());
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(SignedInPerson.Scheme);
        return LocalRedirect("/workspace/sign-in");
    }

    private string SafeReturn() => ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith(WorkspaceModule.PathBase, StringComparison.Ordinal) ? url : WorkspaceModule.PathBase;
}
