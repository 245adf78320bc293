using BackGuide.Cli;

return CommandLine.Run(args);
