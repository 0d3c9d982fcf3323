using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Jindong.Enterprises.Application.Common.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// The pinyin order of names (<see cref="ChineseOrder"/>): ICU's zh collation on both engines — .NET's
/// zh-CN CompareInfo (ICU on Linux) registered as a collation on every SQLite connection, and
/// PostgreSQL's own ICU collation "zh-x-icu".
/// </summary>
internal static class ChineseCollation
{
    public const string Sqlite = "zh";

    public const string Postgres = "zh-x-icu";

    public static void Register(SqliteConnection connection) =>
        connection.CreateCollation(Sqlite, (x, y) => Pinyin.Order.Compare(x, y, CompareOptions.None));

    /// <summary>Loaded on the first comparison, not on every connection a short `jindong` command opens.</summary>
    private static class Pinyin
    {
        public static readonly CompareInfo Order = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;
    }
}

/// <summary>Rewrites <see cref="ChineseOrder.Of"/> in a LINQ query into the engine's COLLATE before EF translates it.</summary>
internal sealed class ChineseOrderInterceptor : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly ChineseOrderInterceptor Sqlite = new(ChineseCollation.Sqlite);

    public static readonly ChineseOrderInterceptor Postgres = new(ChineseCollation.Postgres);

    private static readonly MethodInfo Of = typeof(ChineseOrder).GetMethod(nameof(ChineseOrder.Of))!;

    private static readonly MethodInfo Collate = typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));

    private readonly string collation;

    private ChineseOrderInterceptor(string collation) => this.collation = collation;

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node) =>
        node.Method == Of
            ? Expression.Call(Collate, Expression.Constant(EF.Functions), Visit(node.Arguments[0]), Expression.Constant(collation))
            : base.VisitMethodCall(node);
}
