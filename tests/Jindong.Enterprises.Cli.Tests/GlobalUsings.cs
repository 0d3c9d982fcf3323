global using Xunit;
global using Jindong.Enterprises.Testing;
