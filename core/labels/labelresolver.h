#pragma once

#include "core/b24/orderedjson.h"
#include "core/labels/labelcolumns.h"
#include "core/labels/namebook.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace b24 {

class B24Hook;
struct BatchResult;

// Names the codes of one portal's rows, through the same hook (and so the same limiter and
// budget) as the rows themselves. prepare() reads the entity's field descriptors and the
// dictionaries they need (stages of every pipeline, statuses, sources, types, pipelines,
// currencies) once; resolve() looks referenced records up by ID, 50 IDs a command and 50 commands
// a batch, only the IDs not known yet. Everything read is kept for the session (refresh() forgets
// it). Every request is counted. Lives in the hook's thread.
class LabelResolver : public QObject
{
    Q_OBJECT

public:
    explicit LabelResolver(B24Hook *hook, QObject *parent = nullptr);

    // Reads the field descriptors of the list method's entity (crm.deal.list -> crm.deal.fields)
    // and the dictionaries they need; emits ready() once done, also when some could not be read
    // (notes() says what, and those columns keep their codes).
    void prepare(const QString &listMethod, const OrderedJson &params = OrderedJson::object());
    // Looks the IDs up; emits resolved(ticket) with the ticket returned here once every one has
    // a name or a recorded reason. IDs already named cost nothing; IDs asked while a lookup runs
    // wait for it (those on the wire) or go together into one lookup when it ends (the rest), so
    // callers may ask page by page without asking the same ID twice.
    int resolve(const LabelColumns::References &ids);
    // Forgets every name (the next prepare() reads the dictionaries again).
    void refresh();
    // The hook to use from now on (the same portal, reconnected).
    void setHook(B24Hook *hook);

    // True while prepare() or a lookup runs.
    bool isBusy() const { return m_busy || m_lookingUp; }
    const LabelColumns &columns() const { return m_columns; }
    const NameBook &names() const { return m_names; }
    qint64 requestCount() const { return m_requests; }
    // Referenced IDs asked of the portal so far (users, companies, ...).
    qint64 lookedUpCount() const { return m_lookedUp; }
    QStringList notes() const { return m_notes; }

    // The *.fields method of a list method ("crm.deal.list" -> "crm.deal.fields"); empty when none.
    static QString fieldsMethod(const QString &listMethod);

signals:
    void ready();
    void resolved(int ticket);
    void noted(const QString &text);

private:
    void loadDictionaries();
    void readDictionaries(const BatchResult &result, int statusCommand);
    void readStatusPages(const BatchResult &result, int first);
    void readReferences(const BatchResult &result, const QList<QPair<LabelSource::Kind, QStringList>> &asked);
    void addStatusRows(const QJsonValue &rows);
    void note(const QString &text);
    void finishPrepare();
    void startLookup(const LabelColumns::References &ids, const QList<int> &tickets);

    QPointer<B24Hook> m_hook;
    LabelColumns m_columns;
    NameBook m_names;
    QString m_schemaMethod;   // the fields method whose dictionaries are loaded
    int m_categoryEntity = 2; // crm.category.list entityTypeId (deals)
    bool m_dictionariesLoaded = false;
    bool m_busy = false; // prepare() runs
    bool m_lookingUp = false;
    LabelColumns::References m_asking; // the IDs of the lookup on the wire
    QList<int> m_askingTickets;        // answered when it ends
    LabelColumns::References m_next;   // asked meanwhile: the next lookup
    QList<int> m_nextTickets;
    qint64 m_requests = 0;
    int m_tickets = 0;
    qint64 m_lookedUp = 0;
    QStringList m_notes;
};

} // namespace b24
