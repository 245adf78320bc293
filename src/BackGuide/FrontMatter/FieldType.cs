namespace BackGuide.FrontMatter;

/// <summary>The shape a front-matter value must have.</summary>
public enum FieldType
{
    Text,
    TextList,
    Choice,
    WholeNumber,
    Boolean,
    Date,
    Mapping,
    ReferenceList,
    TextListList,
}
