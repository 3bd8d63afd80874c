using System.Net;
using System.Text.RegularExpressions;
using Complaints.EndToEnd.Tests.Infrastructure;

namespace Complaints.EndToEnd.Tests.Workspace;

/// <summary>
/// Who may use the workspace: nobody without signing in; the development picker only where the server runs in
/// Development (elsewhere the page says to use the identity provider, and a picked person is refused); a sign-in never
/// sends anyone off-site; every page forbids what it does not need (its content security policy).
/// </summary>
public sealed partial class WorkspaceSignInTests
{
    [Fact]
    public async Task APage_WithoutSigningIn_SendsYouToSignIn_AndBringsYouBack()
    {
        await using var host = await RunningHost.StartAsync();
        using var http = Client(host, new CookieContainer());

        using var response = await http.GetAsync("/workspace/awards");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/workspace/sign-in?returnUrl=%2Fworkspace%2Fawards", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OutsideDevelopment_ThePickerIsOff_AndAPickedPersonIsRefused()
    {
        await using var host = await RunningHost.StartAsync();
        var cookies = new CookieContainer();
        using var http = Client(host, cookies);

        var page = await http.GetStringAsync("/workspace/sign-in");
        using var picked = await http.PostAsync("/workspace/sign-in", Form(page, ("PersonId", "adam.admin")));

        Assert.Contains("none is configured for this server", page);
        Assert.DoesNotContain("name=\"PersonId\"", page);
        Assert.NotEqual(HttpStatusCode.Redirect, picked.StatusCode);
        Assert.DoesNotContain(cookies.GetCookies(new Uri(host.HttpAddress, "/workspace")), c => c.Name == "complaints-workspace");
    }

    [Fact]
    public async Task SigningIn_NeverSendsYouOffSite_AndPagesCarryAStrictContentSecurityPolicy()
    {
        await using var host = await RunningHost.StartAsync("--environment=Development", "--Workspace:SeedDemoDataOnFirstRun=false");
        using var http = Client(host, new CookieContainer());

        using var signInPage = await http.GetAsync("/workspace/sign-in");
        var page = await signInPage.Content.ReadAsStringAsync();
        using var signedIn = await http.PostAsync("/workspace/sign-in", Form(page, ("PersonId", "hana.handler"), ("ReturnUrl", "https://evil.example/phish")));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/workspace", signedIn.Headers.Location!.OriginalString);
        var policy = string.Join(" ", signInPage.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    private static HttpClient Client(RunningHost host, CookieContainer cookies) =>
        new(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.HttpAddress };

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Token().Match(page).Groups[1].Value), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
