namespace BackGuide.Diagnostics;

/// <summary>Every diagnostic code the build can report; the README lists them for writers.</summary>
public static class DiagnosticCodes
{
    // BG00xx: the build as a whole (folders, settings).
    public const string InternalError = "BG0000";
    public const string InputMissing = "BG0001";
    public const string UnsafeOutput = "BG0002";
    public const string SiteSettings = "BG0003";
    public const string OutputWriteFailed = "BG0004";
    public const string NoPages = "BG0005";
    public const string OutputLocked = "BG0006";

    // BG01xx: reading a page and its front matter.
    public const string FrontMatterMissing = "BG0101";
    public const string YamlSyntax = "BG0102";
    public const string UnknownKey = "BG0103";
    public const string MissingField = "BG0104";
    public const string WrongType = "BG0105";
    public const string InvalidValue = "BG0106";
    public const string DuplicateKey = "BG0107";
    public const string DuplicatePage = "BG0108";
    public const string InvalidSlug = "BG0109";
    public const string NotText = "BG0110";
    public const string FrontMatterNotClosed = "BG0111";
    public const string MarkdownTooDeep = "BG0112";
    public const string NoSlug = "BG0113";
    public const string UnsafeInputFile = "BG0114";
    public const string ImageAltMissing = "BG0115";
    public const string YamlTooDeep = "BG0116";
    public const string ControlCharacter = "BG0117";
    public const string ForeignKeyIgnored = "BG0120";
    public const string TitleFromHeading = "BG0121";

    // BG02xx: links and references between pages.
    public const string MissingPage = "BG0201";
    public const string MissingAnchor = "BG0202";
    public const string MissingReference = "BG0203";
    public const string AvoidInsteadInvalid = "BG0204";
    public const string UnsafeUrl = "BG0206";
    public const string ImageMissing = "BG0207";
    public const string ImageFormat = "BG0208";
    public const string ImageTooLarge = "BG0209";
    public const string LinkToDraft = "BG0210";
    public const string NoEmergencyNumber = "BG0211";

    // BG03xx: the theme.
    public const string TemplateSyntax = "BG0301";
    public const string TemplateMissing = "BG0302";
    public const string TemplateFailed = "BG0303";
    public const string TemplateLanguageChanged = "BG0304";

    // BG04xx: backguide import.
    public const string ImportTargetNotEmpty = "BG0401";
    public const string ImportSourceMissing = "BG0402";
    public const string ImportNotConverted = "BG0403";
    public const string ImportKeyLeftOut = "BG0404";
}
