using Complaints.Client;
using Complaints.Workspace.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Complaints.Workspace.SignIn;

/// <summary>
/// Every workspace page but sign-in needs a signed-in person: read from the workspace's cookie (never the API's
/// schemes), or sent to sign in and brought back. The page then calls the API as that person.
/// </summary>
internal sealed class SignInFilter(WorkspaceChannel channel, IOptions<WorkspaceOptions> options) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is not WorkspacePage page)
        {
            await next();
            return;
        }
        var result = await context.HttpContext.AuthenticateAsync(SignedInPerson.Scheme);
        if (SignedInPerson.From(result, options.Value.SignIn.RoleClaim) is not { } person)
        {
            var back = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
            context.Result = new RedirectResult($"/workspace/sign-in?returnUrl={Uri.EscapeDataString(back)}");
            return;
        }
        context.HttpContext.User = result.Principal!;
        page.SignIn(person, new ComplaintsApi(channel.Channel, person.Credentials));
        await next();
    }
}
