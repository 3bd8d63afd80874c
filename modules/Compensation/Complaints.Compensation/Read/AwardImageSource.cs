using Complaints.Compensation.Contracts;
using Complaints.Kernel.Pipeline.Plugins.Images;

namespace Complaints.Compensation.Read;

/// <summary>An award as a landlord's step sees it (logical name <c>award</c>): what other modules may read of it.</summary>
internal sealed class AwardImageSource(ICompensationAwards awards) : IRecordImageSource
{
    public string KeyAttribute => "award_id";

    public string LogicalName => "award";

    public IReadOnlySet<string> CreatedBy { get; } = new HashSet<string> { "ProposeAward" };

    public async Task<object?> ReadAsync(object key, CancellationToken cancellationToken) => key switch
    {
        long or int => await awards.FindAsync(Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture), cancellationToken),
        _ => null,
    };
}
