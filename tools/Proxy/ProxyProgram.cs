namespace OpsCenter.Proxy;

public static class ProxyProgram
{
    public static int Main(string[] args)
    {
        try
        {
            ProxyApp.Build(args).Run();
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"OpsCenter.Proxy cannot start: {e.Message}");
            return 3;
        }
    }
}
