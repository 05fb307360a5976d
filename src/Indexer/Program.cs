using System.Text;
using DanVan.Cli;

Console.OutputEncoding = Encoding.UTF8;
return DanVanCli.Run(args, Console.Out, Console.Error);
