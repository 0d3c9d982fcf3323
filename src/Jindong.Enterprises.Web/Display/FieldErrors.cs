using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Jindong.Enterprises.Web.Display;

/// <summary>
/// Ties a form's fields to their messages after a refused submit, for screen readers as for eyes:
/// the field says <c>aria-invalid="true"</c> and is described by its message (whose id is the
/// field's id + "_error"), and a required field says so. The figures form builds the same by hand.
/// </summary>
public static class FieldErrors
{
    public static string FieldId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    public static string MessageId(string fullName) => FieldId(fullName) + "_error";

    internal static string FullName(ViewContext view, string name) => view.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
}

[HtmlTargetElement("input", Attributes = For)]
[HtmlTargetElement("select", Attributes = For)]
[HtmlTargetElement("textarea", Attributes = For)]
public sealed class FieldErrorTagHelper : TagHelper
{
    private const string For = "asp-for";

    [HtmlAttributeName(For)]
    public ModelExpression Field { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's own tag helpers, so the field's id and attributes are there.</summary>
    public override int Order => 1_000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.ContainsName("required"))
        {
            output.Attributes.SetAttribute("aria-required", "true");
        }

        var name = FieldErrors.FullName(ViewContext, Field.Name);
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var described = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : string.Empty;
            output.Attributes.SetAttribute("aria-describedby", described + FieldErrors.MessageId(name));
        }
    }
}

[HtmlTargetElement("span", Attributes = For)]
public sealed class FieldMessageTagHelper : TagHelper
{
    private const string For = "asp-validation-for";

    [HtmlAttributeName(For)]
    public ModelExpression Field { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("id", FieldErrors.MessageId(FieldErrors.FullName(ViewContext, Field.Name)));
}
