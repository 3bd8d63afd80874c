using Complaints.Kernel.Pipeline.Plugins;
using Complaints.Plugins;

namespace Complaints.Kernel.Tests.Pipeline.Plugins;

/// <summary>A command as a landlord's plug-in sees it, and the changes a Pre step may (and may not) make to it.</summary>
public sealed class CommandEntitiesTests
{
    internal enum Colour { Red, Green }

    internal sealed record Nested(string Name, int Count);

    internal sealed record SampleCommand(
        Guid ComplaintId, string Description, Colour Shade, DateTimeOffset? OccurredAt, IReadOnlyList<string> Tags, Nested? Detail,
        int? ExpectedVersion = null)
    {
        public string Shouted => Description.ToUpperInvariant();
    }

    private static readonly SampleCommand Sample = new(
        Guid.Parse("0192f5a0-0000-7000-8000-000000000001"), "Boiler broken", Colour.Red, null, ["heating", "repairs"], new Nested("n", 2));

    [Fact]
    public void ToEntity_NamesFieldsInSnakeCase_WithEnumsAsNamesListsAsArraysAndRecordsAsEntities()
    {
        var entity = CommandEntities.ToEntity(Sample, "sample");

        Assert.Equal("sample", entity.LogicalName);
        Assert.Equal(["complaint_id", "description", "shade", "occurred_at", "tags", "detail", "expected_version"], entity.Attributes.Keys);
        Assert.Equal("Red", entity["shade"]);
        Assert.Equal(new[] { "heating", "repairs" }, entity["tags"]);
        Assert.Equal(2, Assert.IsType<Entity>(entity["detail"]).GetAttributeValue<int>("count"));
        Assert.False(entity.Contains("shouted")); // computed, not a field
    }

    [Fact]
    public void Apply_WhenNothingChanged_ReturnsTheSameCommand()
    {
        Assert.Same(Sample, CommandEntities.Apply(Sample, CommandEntities.ToEntity(Sample, "sample"), "Sample"));
    }

    [Fact]
    public void Apply_WhenAStepChangesScalarsAndTexts_ReturnsACopyWithThem()
    {
        var entity = CommandEntities.ToEntity(Sample, "sample");
        entity["description"] = "Boiler broken twice";
        entity["shade"] = "Green";
        entity["tags"] = new[] { "heating" };

        var changed = CommandEntities.Apply(Sample, entity, "Sample");

        Assert.Equal(("Boiler broken twice", Colour.Green), (changed.Description, changed.Shade));
        Assert.Equal(["heating"], changed.Tags);
        Assert.Equal("Boiler broken", Sample.Description);
    }

    [Theory]
    [InlineData("complaint_id", "which steps may read but not change")]
    [InlineData("expected_version", "which steps may read but not change")]
    [InlineData("detail", "which steps may read but not change")]
    public void Apply_WhenAStepChangesWhatItMayNot_RefusesNamingTheAttribute(string attribute, string why)
    {
        var entity = CommandEntities.ToEntity(Sample, "sample");
        entity[attribute] = attribute == "complaint_id" ? Guid.NewGuid() : attribute == "expected_version" ? 7 : new Entity("nested");

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => CommandEntities.Apply(Sample, entity, "Sample"));

        Assert.Contains($"Sample's {attribute}, {why}", refusal.Message);
    }

    [Fact]
    public void Apply_WhenAStepSetsAValueOfAnotherType_RefusesNamingTheTypeItTakes()
    {
        var entity = CommandEntities.ToEntity(Sample, "sample");
        entity["shade"] = "Purple";

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => CommandEntities.Apply(Sample, entity, "Sample"));

        Assert.Contains("it takes enum Colour(Red|Green)", refusal.Message);
    }

    [Fact]
    public void Apply_WhenAStepClearsWhatTheMessageNeeds_Refuses()
    {
        var entity = CommandEntities.ToEntity(Sample, "sample");
        entity["description"] = null;

        Assert.Throws<InvalidPluginExecutionException>(() => CommandEntities.Apply(Sample, entity, "Sample"));
    }

    [Fact]
    public void Contract_SaysWhichAttributesAreOptionalAndSettable()
    {
        var contract = CommandEntities.Contract("Sample", typeof(SampleCommand));

        Assert.Equal(new AttributeContract("occurred_at", "datetime", Optional: true, Settable: true), contract.Attribute("occurred_at"));
        Assert.Equal(new AttributeContract("description", "string", Optional: false, Settable: true), contract.Attribute("description"));
        Assert.Equal(new AttributeContract("detail", "entity Nested", Optional: true, Settable: false), contract.Attribute("detail"));
        Assert.Equal(new AttributeContract("complaint_id", "guid", Optional: false, Settable: false), contract.Attribute("complaint_id"));
    }
}
