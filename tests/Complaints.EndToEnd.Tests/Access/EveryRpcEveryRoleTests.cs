using Complaints.EndToEnd.Tests.Infrastructure;
using Grpc.Core;

namespace Complaints.EndToEnd.Tests.Access;

/// <summary>
/// Every RPC of the public API called by every role the product ships, and by no one: the answer is UNAUTHENTICATED
/// without credentials, PERMISSION_DENIED (naming the permission) where the role does not grant the RPC's permission,
/// and anything else where it does — what happens next is the request's business (mostly INVALID_ARGUMENT for an
/// empty request), but never a refusal on who the caller is.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EveryRpcEveryRoleTests(HostFixture fixture)
{
    [Fact]
    public async Task EveryRpc_ByEveryRoleAndByNoOne_IsAnsweredAsThePermissionTableSays()
    {
        using var caller = new RawCaller(fixture.Host);
        var wrong = new List<string>();
        var calls = 0;
        foreach (var method in DefaultRoleTable.Methods)
        {
            var anonymous = await caller.CallAsync(method, null);
            calls++;
            if (anonymous.StatusCode != StatusCode.Unauthenticated)
                wrong.Add($"{method.FullName} with no credentials: {anonymous.StatusCode} {anonymous.Detail}");
            foreach (var role in DefaultRoleTable.PermissionsByRole.Keys)
            {
                var status = await caller.CallAsync(method, Caller.Bearer(TestIdentityProvider.Token($"{role}.person", [role])));
                calls++;
                var refusedForWho = status.StatusCode is StatusCode.Unauthenticated
                    || (status.StatusCode is StatusCode.PermissionDenied && status.Detail.Contains("needs the permission"));
                if (DefaultRoleTable.Grants(role, method) == refusedForWho)
                    wrong.Add($"{method.FullName} as {role} (grants {DefaultRoleTable.PermissionOf(method)}: {DefaultRoleTable.Grants(role, method)}): {status.StatusCode} {status.Detail}");
            }
        }

        Assert.True(calls >= 61 * 14, $"only {calls} calls");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task HealthAndReflection_AnswerWithoutCredentials()
    {
        using var caller = new RawCaller(fixture.Host);
        var health = Grpc.Health.V1.Health.Descriptor.FindMethodByName("Check");

        var status = await caller.CallAsync(health, null);

        Assert.Equal(StatusCode.OK, status.StatusCode);
    }
}
