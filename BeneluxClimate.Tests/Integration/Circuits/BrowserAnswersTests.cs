extern alias bench;

using System.Text.Json;
using bench::BeneluxClimate.Bench.Circuits;
using MudBlazor.Interop;

namespace BeneluxClimate.Tests.Integration.Circuits;

/// <summary>
/// The load client answers the pages' JavaScript calls as a browser would: each answer must read as the type its caller
/// asks for, with Blazor's JSON rules, or the component fails quietly on every simulated viewer.
/// </summary>
public sealed class BrowserAnswersTests
{
    [Fact]
    public void The_popover_check_reads_a_count_of_one_provider() =>
        Assert.Equal(1, ResultOf<int>(BrowserAnswers.For(7, "mudpopoverHelper.countProviders", resultType: 0)));

    [Theory]
    [InlineData("mudObserveElementSize")]
    [InlineData("mudGetSvgBBox")]
    public void A_chart_reads_a_size_it_can_lay_out_in(string identifier)
    {
        var size = ResultOf<ElementSize>(BrowserAnswers.For(8, identifier, resultType: 0));
        Assert.True(size is { Width: > 0, Height: > 0 });
    }

    [Fact]
    public void An_imported_module_is_a_reference_the_circuit_can_call_and_each_import_its_own()
    {
        var first = JsonDocument.Parse(BrowserAnswers.For(9, "import", resultType: 1)).RootElement[2];
        var second = JsonDocument.Parse(BrowserAnswers.For(10, "import", resultType: 1)).RootElement[2];
        Assert.NotEqual(first.GetProperty("__jsObjectId").GetInt64(), second.GetProperty("__jsObjectId").GetInt64());
    }

    [Fact]
    public void A_call_nobody_reads_gets_null_for_its_own_handle()
    {
        var answer = JsonDocument.Parse(BrowserAnswers.For(11, "mudKeyInterceptor.connect", resultType: 3)).RootElement;
        Assert.Equal(11, answer[0].GetInt64());
        Assert.True(answer[1].GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer[2].ValueKind);
    }

    private static T ResultOf<T>(string answer)
    {
        var result = JsonDocument.Parse(answer).RootElement[2];
        return result.Deserialize<T>(JsonSerializerOptions.Web)!; // camelCase, case-insensitive: Blazor's interop rules
    }
}
