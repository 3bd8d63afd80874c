using Complaints.Compensation.Awards;
using Complaints.Compensation.Domain;
using Complaints.Kernel.Errors;

namespace Complaints.Compensation.Calculation;

/// <summary>One line as the officer gives it: a category and exactly one basis (an amount, a table rate, or their own rate).</summary>
internal sealed record LineInput(
    AwardCategory? Category,
    string Description,
    long? AmountPence,
    TableRateInput? TableRate,
    CustomRateInput? CustomRate,
    string? Evidence);

internal sealed record TableRateInput(string RateCode, int Quantity);

internal sealed record CustomRateInput(long RatePence, int Quantity, string Unit);

/// <summary>An award worked out: its lines, their total, the band it falls in, and the rates table used (if any was in force).</summary>
internal sealed record CalculatedAward(IReadOnlyList<AwardLine> Lines, long TotalPence, RemedyBand Band, RatesTable? Rates);

/// <summary>
/// Works out an award in integer pence: fixed-sum lines from the rates table in force on the award's date, every
/// product and the total in checked arithmetic, and the band. No amount, rate, line or total may pass
/// <paramref name="maximumPence"/> (the profile's safety limit), so an overflow or an absurd sum is a bad line, never a
/// wrong number. Every problem with every line is reported at once, named by its field.
/// </summary>
internal sealed class AwardCalculator(RatesOptions rates, long maximumPence)
{
    public CalculatedAward Calculate(IReadOnlyList<LineInput> inputs, DateOnly awardedOn)
    {
        var table = rates.InForceOn(awardedOn);
        var violations = new List<FieldViolation>();
        if (inputs.Count == 0)
            violations.Add(new FieldViolation("lines", "an award needs at least one line"));
        var lines = new List<AwardLine>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (Line(inputs[i], i + 1, table, awardedOn, $"lines[{i}]", violations) is { } line)
                lines.Add(line);
        }
        var total = Within(() => lines.Aggregate(0L, (sum, line) => checked(sum + line.AmountPence)));
        if (total is null)
            violations.Add(new FieldViolation("lines", $"the lines add up to more than {Limit}"));
        if (violations.Count > 0)
            throw new ValidationException(violations.ToArray());
        return new CalculatedAward(lines, total!.Value, rates.BandFor(total.Value), table);
    }

    private string Limit => $"{Money.Format(maximumPence)}, the safety limit on any amount";

    /// <summary>The sum, or null when it overflows or passes the safety limit.</summary>
    private long? Within(Func<long> sum)
    {
        try
        {
            var value = sum();
            return value <= maximumPence ? value : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private AwardLine? Line(LineInput input, int number, RatesTable? table, DateOnly awardedOn, string field, List<FieldViolation> violations)
    {
        var before = violations.Count;
        if (input.Category is null)
            violations.Add(new FieldViolation($"{field}.category", "must say what the line is for"));
        if (string.IsNullOrWhiteSpace(input.Description))
            violations.Add(new FieldViolation($"{field}.description", "must describe the line for the resident"));
        var bases = new object?[] { input.AmountPence, input.TableRate, input.CustomRate }.Count(b => b is not null);
        if (bases != 1)
            violations.Add(new FieldViolation($"{field}.basis", "must give exactly one of amount_pence, table_rate or custom_rate"));
        if (input.Category == AwardCategory.FinancialLoss && string.IsNullOrWhiteSpace(input.Evidence))
            violations.Add(new FieldViolation($"{field}.evidence", "a financial loss must be evidenced (receipt, invoice, statement)"));
        if ((input.Category == AwardCategory.FixedSum) != (input.TableRate is not null) && input.Category is not null && bases == 1)
            violations.Add(new FieldViolation($"{field}.table_rate", "fixed-sum lines, and only they, are priced from the rates table"));
        if (input.AmountPence is <= 0)
            violations.Add(new FieldViolation($"{field}.amount_pence", "must be more than 0"));
        else if (input.AmountPence > maximumPence)
            violations.Add(new FieldViolation($"{field}.amount_pence", $"must be at most {Limit}"));

        FixedRate? rate = null;
        if (input.TableRate is { } tableRate)
        {
            rate = table?.Rates.SingleOrDefault(r => r.Code == tableRate.RateCode);
            if (rate is null)
                violations.Add(new FieldViolation($"{field}.table_rate.rate_code", table is null
                    ? $"no rates table is in force on {awardedOn:yyyy-MM-dd}"
                    : $"'{tableRate.RateCode}' is not in the rates in force on {awardedOn:yyyy-MM-dd} (from {table.EffectiveFrom}): {string.Join(", ", table.Rates.Select(r => r.Code))}"));
            if (tableRate.Quantity < 1)
                violations.Add(new FieldViolation($"{field}.table_rate.quantity", "must be at least 1"));
        }
        if (input.CustomRate is { } custom)
        {
            if (custom.RatePence <= 0)
                violations.Add(new FieldViolation($"{field}.custom_rate.rate_pence", "must be more than 0"));
            else if (custom.RatePence > maximumPence)
                violations.Add(new FieldViolation($"{field}.custom_rate.rate_pence", $"must be at most {Limit}"));
            if (custom.Quantity < 1)
                violations.Add(new FieldViolation($"{field}.custom_rate.quantity", "must be at least 1"));
            if (string.IsNullOrWhiteSpace(custom.Unit))
                violations.Add(new FieldViolation($"{field}.custom_rate.unit", "must say what one of the quantity is (day, week, visit)"));
        }
        if (violations.Count > before)
            return null;

        var (ratePence, quantity, unit, code) = (rate, input.CustomRate) switch
        {
            ({ } r, _) => ((long?)r.Pence, (int?)input.TableRate!.Quantity, r.Unit, r.Code),
            (_, { } c) => (c.RatePence, c.Quantity, c.Unit.Trim(), null),
            _ => ((long?)null, (int?)null, (string?)null, (string?)null),
        };
        var amount = Within(() => ratePence is { } each ? checked(each * quantity!.Value) : input.AmountPence!.Value);
        if (amount is null)
        {
            violations.Add(new FieldViolation(field, $"rate times quantity is more than {Limit}"));
            return null;
        }
        return new AwardLine(number, input.Category!.Value, input.Description.Trim(), code, ratePence, quantity, unit, amount.Value,
            string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim());
    }
}
