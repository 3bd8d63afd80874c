using Complaints.Intake.Persistence;
using Complaints.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Complaints.Intake.ServiceRequests;

/// <summary>A service request with the complaints raised from it.</summary>
internal sealed record ServiceRequestView(ServiceRequest Request, IReadOnlyList<Guid> ComplaintIds);

internal sealed class ServiceRequestReader(IntakeDbContext db)
{
    public async Task<ServiceRequestView> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        await WithComplaintsAsync(await db.ServiceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("Service request", id.ToString()), cancellationToken);

    public async Task<ServiceRequestView> GetByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        await WithComplaintsAsync(await db.ServiceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken)
            ?? throw new NotFoundException("Service request", reference), cancellationToken);

    private async Task<ServiceRequestView> WithComplaintsAsync(ServiceRequest request, CancellationToken cancellationToken)
    {
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ServiceRequestId == request.Id)
            .OrderBy(c => c.ReceivedAt).Select(c => c.Id).ToListAsync(cancellationToken);
        return new ServiceRequestView(request, complaints);
    }
}
