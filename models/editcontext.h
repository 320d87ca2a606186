#pragma once

class MetricIdMap;
class PostHogClient;
class QObject;

/**
 * All a command may use to send its request: the client, the object whose lifetime guards
 * the reply (a reply is dropped once it is gone), and the chain of metric ids that undoing a
 * delete creates. Commands get nothing else of the service and emit no signals: they turn
 * the reply into an EditOutcome, and EditService reports it.
 */
struct EditContext
{
    PostHogClient *client = nullptr; ///< never null when a command is asked to send
    QObject *receiver = nullptr;
    MetricIdMap *metricIds = nullptr;
};
