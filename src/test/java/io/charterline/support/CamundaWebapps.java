package io.charterline.support;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Camunda webapps (Cockpit, Tasklist, Admin) of the application a browser test runs against. */
public final class CamundaWebapps {

    private CamundaWebapps() {
    }

    /** The start page of a webapp, {@code "cockpit"}, {@code "tasklist"} or {@code "admin"}. */
    public static String url(int port, String webapp) {
        return "http://localhost:" + port + "/camunda/app/" + webapp + "/default/";
    }

    /**
     * Opens the webapp and signs in with the demo convention (password = user id); the caller waits for what its
     * page shows once signed in.
     */
    public static void signIn(Browser browser, int port, String webapp, String user) {
        ChromeDriver driver = browser.driver();
        driver.get(url(port, webapp));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']"))).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
    }
}
