using Complaints.Kernel.Errors;

namespace Complaints.Kernel.Tests;

public sealed class ErrorMessageTests
{
    [Fact]
    public void TransitionRefused_NamesTheStageAndTheAllowedMoves()
    {
        var error = new TransitionRefusedException("Stage1Responded", "AcknowledgeStage2", ["RequestEscalation", "Close"]);

        Assert.Equal("Cannot AcknowledgeStage2 while the complaint is Stage1Responded. Allowed now: RequestEscalation, Close.", error.Message);
    }

    [Fact]
    public void Validation_WithOneViolation_SaysWhichFieldAndWhy()
    {
        var error = new ValidationException(new FieldViolation("description", "must not be empty"));

        Assert.Equal("description: must not be empty", error.Message);
    }
}
