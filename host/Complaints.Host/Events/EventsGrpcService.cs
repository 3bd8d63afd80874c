using Complaints.EventsApi.V1;
using Complaints.Kernel.Events;
using Grpc.Core;

namespace Complaints.Host.Events;

/// <summary><c>complaints.events.v1.EventService</c>: the event log as a stream, for systems that prefer to pull.</summary>
internal sealed class EventsGrpcService(EventCatalogue catalogue, EventStream stream) : EventService.EventServiceBase
{
    public override Task<ListEventTypesResponse> ListEventTypes(ListEventTypesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListEventTypesResponse { EventTypes = { catalogue.Names } });

    public override Task Subscribe(SubscribeRequest request, IServerStreamWriter<SubscribeResponse> responseStream, ServerCallContext context) =>
        stream.RunAsync(
            request.AfterEventId, catalogue.Filter(request.EventTypes, "event_types"), request.Subscriber, responseStream, context.CancellationToken);
}
