using System.Linq.Expressions;
using System.Reflection;
using Jindong.Enterprises.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>Expands <see cref="TierRank"/> calls in a LINQ query into <see cref="TierSql"/>'s expressions before EF translates it.</summary>
internal sealed class TierQueryInterceptor : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly TierQueryInterceptor Instance = new();

    private static readonly MethodInfo Implied = typeof(TierRank).GetMethod(nameof(TierRank.Implied))!;
    private static readonly MethodInfo Of = typeof(TierRank).GetMethod(nameof(TierRank.Of))!;

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method == Implied)
        {
            return TierSql.ImpliedRankExpression(Visit(node.Arguments[0]));
        }

        if (node.Method == Of)
        {
            return TierSql.RankOfExpression(Visit(node.Arguments[0]));
        }

        return base.VisitMethodCall(node);
    }
}
