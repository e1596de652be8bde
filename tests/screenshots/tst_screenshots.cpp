// Runs b24-screenshots (the explorer's window on its demo portal) and checks the pictures it saves.
// Under CI's xvfb-run it draws on the X server (xcb); without DISPLAY it uses offscreen.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void demoScreenshotsAreSavedAndNotBlank();
};

namespace {

// Mean lightness and the number of distinct colours seen on a sparse grid.
void measure(const QImage &image, double *lightness, int *colours)
{
    QSet<QRgb> seen;
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QRgb pixel = image.pixel(x, y);
            seen.insert(pixel);
            sum += QColor(pixel).lightnessF();
            ++n;
        }
    }
    *lightness = n ? sum / n : 0;
    *colours = int(seen.size());
}

} // namespace

void TestScreenshots::demoScreenshotsAreSavedAndNotBlank()
{
    QDir dir(QStringLiteral(B24_BINARY_DIR "/screenshots"));
    QVERIFY(dir.removeRecursively() || !dir.exists());
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        env.remove(u"QT_QPA_PLATFORM"_s); // the real X server of xvfb-run
    else
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(B24_SCREENSHOTS_PATH), {dir.path()});
    QVERIFY(app.waitForStarted());
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);

    double light = 0, dark = 0, check = 0, welcome = 0, search = 0, form = 0, v3 = 0;
    int colours = 0;
    for (const auto &[name, lightness] :
         {std::pair{u"list-light.png"_s, &light}, std::pair{u"list-dark.png"_s, &dark},
          std::pair{u"webhook-check.png"_s, &check}, std::pair{u"welcome.png"_s, &welcome},
          std::pair{u"api-search.png"_s, &search}, std::pair{u"api-catalog.png"_s, &form},
          std::pair{u"editor-v3.png"_s, &v3}}) {
        const QImage image(dir.filePath(name));
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY(image.width() > 300 && image.height() > 200);
        measure(image, lightness, &colours);
        QVERIFY2(colours > 8, qPrintable(name + u" looks blank"_s));
    }
    // The dark palette really is darker.
    QVERIFY2(dark < light - 0.2, qPrintable(u"light %1 dark %2"_s.arg(light).arg(dark)));
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
