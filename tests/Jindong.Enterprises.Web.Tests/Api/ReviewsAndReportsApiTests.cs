using Jindong.Enterprises.Testing;
using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

public sealed class ReviewsAndReportsApiTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    [Fact]
    public async Task A_review_is_started_decided_and_signed_off_through_the_api_by_the_panel_only()
    {
        var promoted = await app.FirmIdAsync(60);
        var other = await app.FirmIdAsync(61);
        await app.SendAsAdminAsync(RecordFigures.Of(promoted, 2022, 1_500m));
        await app.SendAsAdminAsync(RecordFigures.Of(promoted, 2023, 12_000m));
        await app.SendAsAdminAsync(RecordFigures.Of(other, 2022, 1_500m));
        await app.SendAsAdminAsync(RecordFigures.Of(other, 2023, 3_000m));
        var viewer = await app.SignedInClientAsync("leader");
        var panel = await app.SignedInClientAsync("panel");

        await (await viewer.PostAsync("/api/reviews/2023", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await panel.GetAsync("/api/reviews/2023")).ProblemAsync(HttpStatusCode.NotFound);
        var started = await (await panel.PostAsync("/api/reviews/2023", null)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, started.GetProperty("proposals").GetInt32());

        Assert.Equal("请填写原因。", await (await panel.PostAsJsonAsync($"/api/reviews/2023/proposals/{promoted}", new { approve = true, reason = "" })).FieldErrorAsync("reason"));
        await (await panel.PostAsJsonAsync($"/api/reviews/2023/proposals/{promoted}", new { approve = true, reason = "核实" })).JsonAsync();
        await (await panel.PostAsync("/api/reviews/2023/sign-off", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await panel.PostAsJsonAsync($"/api/reviews/2023/proposals/{other}", new { approve = false, reason = "待复核" })).JsonAsync();
        var signedOff = await (await panel.PostAsync("/api/reviews/2023/sign-off", null)).JsonAsync();

        Assert.Equal(1, signedOff.GetProperty("applied").GetInt32());
        var firm = await (await viewer.GetAsync($"/api/firms/{promoted}")).JsonAsync();
        Assert.Equal("超亿元", firm.GetProperty("tier").GetString());
        var review = await (await viewer.GetAsync("/api/reviews/2023")).JsonAsync();
        Assert.Equal("signed-off", review.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reports_answer_json_and_download_as_csv_and_excel()
    {
        var client = await app.SignedInClientAsync("leader");

        var progress = await (await client.GetAsync("/api/reports/progress?year=2023")).JsonAsync();
        var csv = await client.GetAsync("/api/reports/townships?year=2023&format=csv");
        var xlsx = await client.GetAsync("/api/reports/gaps?year=2023&format=xlsx");

        Assert.True(progress.GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("乡镇街道", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/reports/nonsense?year=2023")).StatusCode);
    }

    [Fact]
    public async Task A_report_for_an_impossible_year_is_400()
    {
        var client = await app.SignedInClientAsync("leader");

        var response = await client.GetAsync("/api/reports/progress?year=1900");

        await response.FieldErrorAsync("year");
    }
}
