namespace BackGuide.Starter;

/// <summary>The GitHub Actions workflow a new guide gets: on every push to main, build the guide and publish output/ to GitHub Pages.</summary>
public static class PagesWorkflow
{
    public const string Text = """
        # Publishes the guide to GitHub Pages on every push to main.
        # Once: in the repository's Settings > Pages, set "Source" to "GitHub Actions".
        name: Publish the guide

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: true

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install BackGuide
                run: dotnet tool install --global BackGuide.Tool
              - name: Build the guide
                run: backguide build
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: output

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;
}
