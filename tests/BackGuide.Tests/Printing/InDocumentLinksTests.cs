using BackGuide.Printing;

namespace BackGuide.Tests.Printing;

/// <summary>How a page's HTML is rewritten to become part of the print document, case by case.</summary>
public sealed class InDocumentLinksTests
{
    private static readonly HashSet<string> InDocument = ["index.html", "exercises/bird-dog.html", "exercises/index.html"];

    [Theory]
    // A link to a page the document holds becomes an anchor in it; a link to a heading, that heading's anchor.
    [InlineData("<a href=\"bird-dog.html\">x</a>", "<a href=\"#p-exercises.bird-dog\">x</a>")]
    [InlineData("<a href=\"bird-dog.html#steps\">x</a>", "<a href=\"#p-exercises.bird-dog.steps\">x</a>")]
    [InlineData("<a href=\"#steps\">x</a>", "<a href=\"#p-exercises.cat-cow.steps\">x</a>")]
    // A page it does not hold is linked from the root; a query keeps the link to the page itself.
    [InlineData("<a href=\"plank.html\">x</a>", "<a href=\"exercises/plank.html\">x</a>")]
    [InlineData("<a href=\"../cards/bird-dog.html?only=1\">x</a>", "<a href=\"cards/bird-dog.html?only=1\">x</a>")]
    [InlineData("<a href=\"bird-dog.html?x=1\">x</a>", "<a href=\"exercises/bird-dog.html?x=1\">x</a>")]
    [InlineData("<img src=\"images/bird-dog.svg\" alt=\"\">", "<img src=\"exercises/images/bird-dog.svg\" alt=\"\">")]
    // Outside links stay as they are; ids and the attributes naming ids are prefixed, each id of a list.
    [InlineData("<a href=\"https://www.nhs.uk/\">x</a>", "<a href=\"https://www.nhs.uk/\">x</a>")]
    [InlineData("<h2 id=\"steps\">Steps</h2>", "<h2 id=\"p-exercises.cat-cow.steps\">Steps</h2>")]
    [InlineData("<p aria-describedby=\"a  b\">x</p>", "<p aria-describedby=\"p-exercises.cat-cow.a p-exercises.cat-cow.b\">x</p>")]
    [InlineData("<label for=\"q\">x</label>", "<label for=\"p-exercises.cat-cow.q\">x</label>")]
    // Only an attribute after white space counts: data-id and a name glued to another are left alone.
    [InlineData("<p data-id=\"x\" xid=\"y\">id=\"z\"</p>", "<p data-id=\"x\" xid=\"y\">id=\"z\"</p>")]
    [InlineData("<p\nid=\"x\">a</p>", "<p\nid=\"p-exercises.cat-cow.x\">a</p>")]
    // Entities are decoded before rewriting and encoded after; a value missing its closing quote runs to the end.
    [InlineData("<a href=\"bird-dog.html?a=1&amp;b=2\">x</a>", "<a href=\"exercises/bird-dog.html?a=1&amp;b=2\">x</a>")]
    [InlineData("<p id=\"open", "<p id=\"p-exercises.cat-cow.open\"")]
    // Scripts go, with the white space after them; a tag that only starts like one stays.
    [InlineData("<p>a</p><script src=\"x.js\"></script>\n  <p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("<scripts>x</scripts><script>1</script><script type=\"m\">2</script> end", "<scripts>x</scripts>end")]
    [InlineData("<p>a</p><script>never closed", "<p>a</p><script>never closed")]
    [InlineData("", "")]
    public void RewritesAPageForTheDocument(string html, string expected) =>
        Assert.Equal(expected, InDocumentLinks.Rewrite(html, "exercises/cat-cow.html", "print.html", InDocument.Contains));

    [Fact]
    public void LinksOutOfAVolume_LeadFromWhereTheVolumeIs()
    {
        var html = InDocumentLinks.Rewrite("<a href=\"plank.html\">x</a> <a href=\"bird-dog.html\">y</a>", "exercises/cat-cow.html", "print/exercises-2.html", InDocument.Contains);

        Assert.Equal("<a href=\"../exercises/plank.html\">x</a> <a href=\"#p-exercises.bird-dog\">y</a>", html);
    }

    [Fact]
    public void APageWithNothingToRewrite_IsGivenBackAsItIs()
    {
        const string html = "<p>Nothing here links or names anything.</p>";

        Assert.Same(html, InDocumentLinks.Rewrite(html, "exercises/cat-cow.html", "print.html", InDocument.Contains));
    }
}
