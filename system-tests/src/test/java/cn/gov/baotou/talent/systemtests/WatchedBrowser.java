package cn.gov.baotou.talent.systemtests;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Chromium that returns from {@code get} only once the page asked for has replaced the one before and has loaded,
 * and that, when an element is not on its page, says which page it was showing and keeps its HTML under
 * target/st/failures.
 *
 * <p>Chromedriver's {@code get} now and then returned while the previous page was still the document (seen on a busy
 * machine: a form "missing" from a page whose HTML, read a moment later, had it), so each page marks its document
 * before leaving it and the next one is awaited until the mark is gone.
 */
final class WatchedBrowser {

    private static final AtomicInteger SEEN = new AtomicInteger();
    private static final int KEPT = 200;
    private static final String MARK = "window.talentLeft === true";

    private WatchedBrowser() {}

    static WebDriver watch(WebDriver driver) {
        return (WebDriver) Proxy.newProxyInstance(
                WatchedBrowser.class.getClassLoader(), interfaces(driver.getClass()), (proxy, method, args) -> {
                    boolean navigation = method.getName().equals("get") && args != null && args.length == 1;
                    if (navigation) {
                        ((JavascriptExecutor) driver).executeScript("window.talentLeft = true");
                    }
                    try {
                        Object result = method.invoke(driver, args);
                        if (navigation) {
                            loaded(driver);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof NoSuchElementException missing
                                && method.getName().equals("findElement")) {
                            throw new NoSuchElementException(described(driver, args[0]), missing);
                        }
                        throw e.getCause();
                    }
                });
    }

    /** The new document is there and loaded (a download leaves the old one: then the wait ends without it). */
    static void loaded(WebDriver driver) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return !(" + MARK + ") && document.readyState === 'complete'"));
        } catch (TimeoutException stillTheOldPage) {
            // the test's own checks will say what is wrong with the page
        }
    }

    private static String described(WebDriver driver, Object by) {
        try {
            boolean old = (Boolean) ((JavascriptExecutor) driver).executeScript("return " + MARK);
            String state = (String) ((JavascriptExecutor) driver).executeScript("return document.readyState");
            // a wait that polls for an element passes through here on every poll: the first pages are kept
            int seen = SEEN.incrementAndGet();
            Path kept = Path.of(System.getProperty("talent.st.dir", "target/st"), "failures", "page-" + seen + ".html");
            if (seen <= KEPT) {
                Files.createDirectories(kept.getParent());
                Files.writeString(kept, driver.getPageSource(), StandardCharsets.UTF_8);
            }
            String text = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
            return "no " + by + " on " + driver.getCurrentUrl() + " (" + state + (old ? ", the page left" : "")
                    + ") [title: " + driver.getTitle() + "] showing: " + text.substring(0, Math.min(text.length(), 300))
                    + (seen <= KEPT ? " (kept as " + kept + ")" : "");
        } catch (IOException | WebDriverException e) {
            return "no " + by + " (the page could not be read: " + e + ")";
        }
    }

    private static Class<?>[] interfaces(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            all.addAll(List.of(c.getInterfaces()));
        }
        return all.toArray(Class<?>[]::new);
    }
}
