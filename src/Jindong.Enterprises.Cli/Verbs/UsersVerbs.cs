using System.CommandLine;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong users add`: creates the web application's sign-in accounts.</summary>
internal static class UsersVerbs
{
    public static Command Build()
    {
        var users = new Command("users", CliText.UsersDescription);
        var name = new Option<string>("--name") { Description = CliText.UserNameOption, Required = true };
        var password = new Option<string>("--password") { Description = CliText.UserPasswordOption, Required = true };
        var role = new Option<string>("--role") { Description = CliText.UserRoleOption, Required = true };
        var township = new Option<string?>("--township") { Description = CliText.UserTownshipOption };
        var add = new Command("add", CliText.UsersAddDescription) { name, password, role, township };
        add.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var user = await mediator.Send(
                new CreateUser(parse.GetValue(name)!, parse.GetValue(password)!, parse.GetValue(role)!, parse.GetValue(township)),
                token);
            Tables.Line(Labels.Format(CliText.UserAdded, user.Name, user.Role, user.Township ?? "-"));
        }, ct));
        users.Subcommands.Add(add);
        return users;
    }
}
