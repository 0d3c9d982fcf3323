using Jindong.Enterprises.Cli;

return await JindongCli.RunAsync(args);
