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

#include "ui/results/exportdialog.h"
#include "ui/results/exportjob.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class TestNamedTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dealTableShowsNames();
    void sortFilterAndCopyActOnWhatIsShown();
    void refreshNamesReadsThemAgain();
    void exportWritesNamesCodesOrBoth();
    void exportDialogOffersNames();

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
    // The other tests read the portal as it was.
    b24::callPortal(m_server->portal(), b24::hookPath(m_server->portal(), "crm.status.update"),
                    "{\"id\":" + statusId.toUtf8() + ",\"fields\":{\"NAME\":\"" +
                        m_stages.value(code).toUtf8() + "\"}}");
}

void TestNamedTable::exportWritesNamesCodesOrBoth()
{
    b24::test::WindowFixture fixture;
    auto window = openDeals(fixture);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(
        !window->names()->isBusy() &&
            cell(*window, 0, u"ASSIGNED_BY_ID"_s) ==
                m_users.value(window->results()->tableModel()->rowObject(0)["ASSIGNED_BY_ID"_L1].toString()),
        10000);
    const QJsonObject first = window->results()->tableModel()->rowObject(0);
    const QString stageCode = first["STAGE_ID"_L1].toString();
    const QString user = m_users.value(first["ASSIGNED_BY_ID"_L1].toString());
    const auto exportAs = [&](b24::ExportRequest::Values values, bool titles, const QString &name) {
        b24::ExportRequest request;
        request.path = fixture.dir.filePath(name);
        request.values = values;
        request.headerTitles = titles;
        QSignalSpy exported(window.get(), &b24::MainWindow::exportFinished);
        if (!window->exportTo(request) || !exported.wait(30000) || !exported.first().at(0).toBool())
            return QList<QByteArray>();
        // The finished job goes with the next event-loop turn; only then may another start.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QFile file(request.path);
        file.open(QIODevice::ReadOnly);
        return file.readAll().split('\n');
    };
    const auto cellsOf = [](const QByteArray &line) { return QString::fromUtf8(line).trimmed().split(u','); };

    // As shown: names where the table shows names, titles as headers.
    const QList<QByteArray> shown = exportAs(b24::ExportRequest::Values::AsShown, true, u"shown.csv"_s);
    QVERIFY(shown.size() > 100);
    const QStringList header = cellsOf(shown[0]);
    const qsizetype stage = header.indexOf(u"Deal Stage"_s);
    const qsizetype assigned = header.indexOf(u"Responsible"_s);
    QVERIFY2(stage >= 0 && assigned >= 0, shown[0].constData());
    QCOMPARE(cellsOf(shown[1]).at(stage), m_stages.value(stageCode));
    QCOMPARE(cellsOf(shown[1]).at(assigned), user);

    // Codes: as received, headers as codes.
    const QList<QByteArray> codes = exportAs(b24::ExportRequest::Values::Codes, false, u"codes.csv"_s);
    QVERIFY(codes.size() > 100);
    const QStringList codeHeader = cellsOf(codes[0]);
    QCOMPARE(cellsOf(codes[1]).at(codeHeader.indexOf(u"STAGE_ID"_s)), stageCode);
    QVERIFY(!codes[0].contains(".label"));

    // Both: the code, then a .label column with the name right after it.
    const QList<QByteArray> both = exportAs(b24::ExportRequest::Values::BothColumns, false, u"both.csv"_s);
    QVERIFY(both.size() > 100);
    const QStringList bothHeader = cellsOf(both[0]);
    const qsizetype code = bothHeader.indexOf(u"STAGE_ID"_s);
    QCOMPARE(bothHeader.at(code + 1), u"STAGE_ID.label"_s);
    QCOMPARE(cellsOf(both[1]).at(code), stageCode);
    QCOMPARE(cellsOf(both[1]).at(code + 1), m_stages.value(stageCode));
}

void TestNamedTable::exportDialogOffersNames()
{
    b24::test::WindowFixture fixture;
    auto window = openDeals(fixture);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(!window->names()->isBusy() && window->results()->tableModel()->shownValues(),
                             10000);
    bool valuesEnabled = false, headerEnabled = false;
    QString header;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<b24::ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *values = dialog->findChild<QComboBox *>(u"exportValues"_s);
        auto *titles = dialog->findChild<QComboBox *>(u"exportHeader"_s);
        valuesEnabled = values && values->isEnabled() && values->count() == 3;
        headerEnabled = titles && titles->isEnabled();
        header = titles ? titles->currentText() : QString();
        dialog->reject();
    });
    window->showExportDialog();
    QVERIFY(valuesEnabled);
    QVERIFY(headerEnabled);
    QCOMPARE(header, u"Field titles"_s); // as the table's headers show
}

QTEST_MAIN(TestNamedTable)
#include "tst_namedtable.moc"
