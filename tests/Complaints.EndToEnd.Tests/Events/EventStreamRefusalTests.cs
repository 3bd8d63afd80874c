using Complaints.EndToEnd.Tests.Infrastructure;
using Complaints.EventsApi.V1;
using Google.Rpc;
using Grpc.Core;
using StatusCode = Grpc.Core.StatusCode;

namespace Complaints.EndToEnd.Tests.Events;

/// <summary>What the event stream refuses, before it sends anything: an event type no module publishes, a caller without <c>events.read</c>.</summary>
[Collection(HostCollection.Name)]
public sealed class EventStreamRefusalTests(HostFixture fixture)
{
    [Fact]
    public async Task Subscribe_ToAnUnknownEventType_IsInvalidArgument_NamingTheItem()
    {
        var request = new SubscribeRequest { EventTypes = { Subscription.ComplaintLogged, "complaints.intake.v1.ComplaintLoged" } };

        var refused = await Assert.ThrowsAsync<RpcException>(() => Subscription.UntilCaughtUpAsync(fixture.Host, request));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var violation = Assert.Single(refused.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal("event_types[1]", violation.Field);
        Assert.Contains(Subscription.ComplaintLogged, violation.Description);
    }

    [Fact]
    public async Task Subscribe_WithANegativeCursor_IsInvalidArgument()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => Subscription.UntilCaughtUpAsync(fixture.Host, new SubscribeRequest { AfterEventId = -1 }));

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal("after_event_id", Assert.Single(refused.Detail<BadRequest>()!.FieldViolations).Field);
    }

    [Fact]
    public async Task Subscribe_ByARoleWithoutEventsRead_IsPermissionDenied()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            Subscription.UntilCaughtUpAsync(fixture.Host, new SubscribeRequest(), Caller.Exactly("handler", "complaint-handler")));

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains("events.read", refused.Status.Detail);
    }

    [Theory]
    [InlineData("hms")]
    [InlineData("administrator")]
    public async Task Subscribe_ByARoleGrantingEventsRead_Streams(string role)
    {
        var (events, cursor) = await Subscription.UntilCaughtUpAsync(fixture.Host, new SubscribeRequest(), Caller.Exactly($"{role}.system", role));

        Assert.Equal(events.LastOrDefault()?.Id ?? cursor, cursor);
    }
}
