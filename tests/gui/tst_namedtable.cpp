// The explorer's table names codes: a deal list on a sandbox portal over HTTPS shows field titles
// in its headers and stage, pipeline and user names in its cells as they resolve; View → Values
// switches names / codes / both, headers switch titles / codes; sort, filter and copy act on what
// is shown; Refresh names reads them again.
#include "tests/gui/windowfixture.h"
#include "tests/support/portaltestclient.h"

#include "ui/main/namepresenter.h"
#include "ui/results/resultproxymodel.h"
#include "ui/results/resulttablemodel.h"
#include "ui/results/resultview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

class TestNamedTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dealTableShowsNames();
    void sortFilterAndCopyActOnWhatIsShown();
    void refreshNamesReadsThemAgain();

private:
    QJsonArray portalList(const QByteArray &method, const QByteArray &body = "{}");
    std::unique_ptr<b24::MainWindow> openDeals(b24::test::WindowFixture &fixture);
    void trigger(b24::MainWindow &window, const QString &action);
    static int column(b24::MainWindow &window, const QString &name);
    static QString cell(b24::MainWindow &window, int row, const QString &column);

    std::unique_ptr<b24::SandboxServer> m_server;
    QHash<QString, QString> m_stages; // DEAL_STAGE* STATUS_ID -> name
    QHash<QString, QString> m_users;  // ID -> "NAME LAST_NAME"
};

QJsonArray TestNamedTable::portalList(const QByteArray &method, const QByteArray &body)
{
    return b24::callPortal(m_server->portal(), b24::hookPath(m_server->portal(), method), body)
        .json.value(u"result"_s)
        .toArray();
}

void TestNamedTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = b24::test::startSandbox(120, {{u"users"_s, 9}}, b24::PortalOptions::Plan::Unlimited);
    QVERIFY(m_server);
    for (const QJsonValue &row : portalList("crm.status.list"))
        if (row["ENTITY_ID"_L1].toString().startsWith("DEAL_STAGE"_L1))
            m_stages.insert(row["STATUS_ID"_L1].toString(), row["NAME"_L1].toString());
    for (const QJsonValue &row : portalList("user.get"))
        m_users.insert(row["ID"_L1].toString(),
                       row["NAME"_L1].toString() + u' ' + row["LAST_NAME"_L1].toString());
    QCOMPARE(m_users.size(), 9);
}

std::unique_ptr<b24::MainWindow> TestNamedTable::openDeals(b24::test::WindowFixture &fixture)
{
    auto window = b24::test::openWindow(fixture.services(), *m_server);
    if (!window)
        return nullptr;
    window->request()->setMethod(u"crm.deal.list"_s);
    window->request()->setRunMode(b24::RequestEditor::RunMode::AllPages);
    const auto summary = b24::test::runAndWait(*window);
    if (!summary || !summary->ok)
        return nullptr;
    return window;
}

void TestNamedTable::trigger(b24::MainWindow &window, const QString &action)
{
    auto *found = window.findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    found->trigger();
}

int TestNamedTable::column(b24::MainWindow &window, const QString &name)
{
    return int(window.results()->tableModel()->columns().indexOf(name));
}

QString TestNamedTable::cell(b24::MainWindow &window, int row, const QString &name)
{
    auto *proxy = window.results()->proxyModel();
    return proxy->index(row, column(window, name)).data().toString();
}

void TestNamedTable::dealTableShowsNames()
{
    b24::test::WindowFixture fixture;
    auto window = openDeals(fixture);
    QVERIFY(window);
    b24::ResultTableModel *model = window->results()->tableModel();
    const int stage = column(*window, u"STAGE_ID"_s);
    QVERIFY(stage >= 0);
    // Names fill in without a click: the dictionaries, then the users looked up.
    QTRY_COMPARE_WITH_TIMEOUT(model->headerData(stage, Qt::Horizontal).toString(), u"Deal Stage"_s, 10000);
    QCOMPARE(model->headerData(stage, Qt::Horizontal, Qt::ToolTipRole).toString(), u"STAGE_ID"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window->names()->isBusy(), 10000);
    int otherPipeline = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject deal = model->rowObject(row);
        QCOMPARE(cell(*window, row, u"STAGE_ID"_s), m_stages.value(deal["STAGE_ID"_L1].toString()));
        QCOMPARE(cell(*window, row, u"ASSIGNED_BY_ID"_s),
                 m_users.value(deal["ASSIGNED_BY_ID"_L1].toString()));
        otherPipeline += deal["CATEGORY_ID"_L1].toString() != "0"_L1;
    }
    QVERIFY(otherPipeline > 0);
    const QJsonObject first = model->rowObject(0);
    const QString code = first["STAGE_ID"_L1].toString();
    QCOMPARE(cell(*window, 0, u"CATEGORY_ID"_s).isEmpty(), false);
    QVERIFY(cell(*window, 0, u"CATEGORY_ID"_s) != first["CATEGORY_ID"_L1].toString());
    // The cell's tooltip says which code is behind the name.
    QCOMPARE(window->results()->proxyModel()->index(0, stage).data(Qt::ToolTipRole).toString(),
             code + u" = "_s + m_stages.value(code));

    trigger(*window, u"values_codes"_s);
    QCOMPARE(cell(*window, 0, u"STAGE_ID"_s), code);
    trigger(*window, u"values_both"_s);
    QCOMPARE(cell(*window, 0, u"STAGE_ID"_s), m_stages.value(code) + u" ("_s + code + u')');
    trigger(*window, u"headers_codes"_s);
    QCOMPARE(model->headerData(stage, Qt::Horizontal).toString(), u"STAGE_ID"_s);
    QCOMPARE(model->headerData(stage, Qt::Horizontal, Qt::ToolTipRole).toString(), u"Deal Stage"_s);
    trigger(*window, u"headers_titles"_s);
    trigger(*window, u"values_names"_s);
    QCOMPARE(cell(*window, 0, u"STAGE_ID"_s), m_stages.value(code));

    auto *status = window->findChild<QLabel *>(u"namesStatus"_s);
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().contains(u"Names: "_s), qPrintable(status->text()));
}

void TestNamedTable::sortFilterAndCopyActOnWhatIsShown()
{
    b24::test::WindowFixture fixture;
    auto window = openDeals(fixture);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(
        !window->names()->isBusy() &&
            cell(*window, 0, u"ASSIGNED_BY_ID"_s) ==
                m_users.value(window->results()->tableModel()->rowObject(0)["ASSIGNED_BY_ID"_L1].toString()),
        10000);
    b24::ResultProxyModel *proxy = window->results()->proxyModel();
    const int assigned = column(*window, u"ASSIGNED_BY_ID"_s);

    // Sorted by the names shown, not by the IDs behind them.
    QSignalSpy sorted(proxy, &b24::ResultProxyModel::sortFinished);
    window->results()->tableView()->sortByColumn(assigned, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!sorted.isEmpty(), 10000);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY2(cell(*window, row - 1, u"ASSIGNED_BY_ID"_s).toCaseFolded() <=
                     cell(*window, row, u"ASSIGNED_BY_ID"_s).toCaseFolded(),
                 qPrintable(cell(*window, row, u"ASSIGNED_BY_ID"_s)));

    // Filtered by a name (a user's last name appears in no code).
    const QString name = cell(*window, 0, u"ASSIGNED_BY_ID"_s);
    const QString lastName = name.section(u' ', -1);
    QSignalSpy filtered(proxy, &b24::ResultProxyModel::filterFinished);
    proxy->setFilterText(lastName);
    QTRY_VERIFY_WITH_TIMEOUT(!filtered.isEmpty(), 10000);
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY(proxy->rowCount() < window->results()->tableModel()->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row) {
        bool seen = false;
        for (int c = 0; c < proxy->columnCount() && !seen; ++c)
            seen = proxy->index(row, c).data().toString().contains(lastName, Qt::CaseInsensitive);
        QVERIFY(seen);
    }

    // Ctrl+C copies what is shown.
    QTableView *table = window->results()->tableView();
    table->setCurrentIndex(proxy->index(0, assigned));
    table->selectionModel()->select(proxy->index(0, assigned), QItemSelectionModel::ClearAndSelect);
    window->results()->copySelection();
    QCOMPARE(QGuiApplication::clipboard()->text().trimmed(), cell(*window, 0, u"ASSIGNED_BY_ID"_s));
}

void TestNamedTable::refreshNamesReadsThemAgain()
{
    b24::test::WindowFixture fixture;
    auto window = openDeals(fixture);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(!window->names()->isBusy() &&
                                 cell(*window, 0, u"STAGE_ID"_s) !=
                                     window->results()->tableModel()->rowObject(0)["STAGE_ID"_L1].toString(),
                             10000);
    const QString code = window->results()->tableModel()->rowObject(0)["STAGE_ID"_L1].toString();
    QString statusId;
    for (const QJsonValue &row : portalList("crm.status.list"))
        if (row["STATUS_ID"_L1].toString() == code &&
            row["ENTITY_ID"_L1].toString().startsWith("DEAL_STAGE"_L1))
            statusId = row["ID"_L1].toString();
    QVERIFY(!statusId.isEmpty());
    const b24::PortalCall renamed =
        b24::callPortal(m_server->portal(), b24::hookPath(m_server->portal(), "crm.status.update"),
                        "{\"id\":" + statusId.toUtf8() + ",\"fields\":{\"NAME\":\"Renamed stage\"}}");
    QVERIFY2(renamed.json.value(u"result"_s).toBool(), renamed.response.body.constData());
    const qint64 before = window->names()->requestCount();
    trigger(*window, u"refreshNames"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cell(*window, 0, u"STAGE_ID"_s), u"Renamed stage"_s, 10000);
    QVERIFY(window->names()->requestCount() > before);
}

QTEST_MAIN(TestNamedTable)
#include "tst_namedtable.moc"
