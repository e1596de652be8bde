#pragma once

#include "core/labels/labelcolumns.h"
#include "core/labels/shownvalues.h"
#include "ui/main/runcontroller.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QMenu;

namespace b24 {

class B24Hook;
class LabelResolver;
class ResultView;

// Names the codes of the rows a run shows (View → Values, headers as titles). When a list or call
// starts it asks the portal's LabelResolver (one per portal for the session: dictionaries are read
// once) for the entity's nameable columns; as rows arrive it looks their new referenced IDs up in
// the background and hands the table a new ShownValues as names come, never holding the view up.
// The status bar label counts the requests naming cost.
class NamePresenter : public QObject
{
    Q_OBJECT
public:
    NamePresenter(RunController *runs, ResultView *results, QLabel *status, QObject *parent = nullptr);

    void setHook(B24Hook *hook);
    // View → Values: names / codes / both, Headers: titles / codes, Refresh names.
    void addActions(QMenu *view);
    void setMode(ShownValues::Mode mode);
    ShownValues::Mode mode() const { return m_mode; }
    void setHeaderTitles(bool titles);
    // Forgets this portal's names and reads them again for the rows shown.
    void refreshNames();
    // Requests made for names on this portal so far.
    qint64 requestCount() const;
    // True while names are being read.
    bool isBusy() const;

signals:
    // A new set of names reached the table.
    void namesChanged();

private:
    void onStarted(const QString &method, RunController::Mode mode);
    void onRows(const QJsonArray &rows);
    void onReady();
    void lookUp(const QJsonArray &rows);
    void lookUpShownRows();
    void publish();
    void updateStatus();
    LabelResolver *resolver() const;

    RunController *m_runs;
    ResultView *m_results;
    QLabel *m_status;
    QPointer<B24Hook> m_hook;
    QHash<QString, LabelResolver *> m_resolvers; // by portal origin and user
    QString m_method;
    OrderedJson m_params;
    bool m_ready = false;      // the columns of the current run are known
    QList<QJsonArray> m_early; // pages that came before that
    ShownValues::Mode m_mode = ShownValues::Mode::Names;
    QTimer m_publish;
};

} // namespace b24
