using OpsCenter.Domain.Common;

namespace OpsCenter.Domain.Audit;

public static class AuditActors
{
    extension(Actor actor)
    {
        /// <summary>Who the audit log names for what this actor did.</summary>
        public AuditActor ForAudit => new(actor.UserId, actor.Name);
    }
}
