package io.charterline.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist as its users work in it, for browser tests: signing in and out, opening a task or a start form,
 * and the Camunda Form's fields, choices and buttons. form-js gives a field's input the id
 * {@code fjs-form-<random>-<component id>}, so fields are found by the component id of the form in {@code forms/}.
 */
public final class Tasklist {

    private static final By START_PROCESS = By.xpath("//a[normalize-space()='Start process']");
    private static final By USER_NAME = By.cssSelector("input[ng-model='username']");

    private final Browser browser;
    private final int port;

    public Tasklist(Browser browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    public String url() {
        return CamundaWebapps.url(port, "tasklist");
    }

    /** Signs in (password = user id) and waits until the task list is ready to start a process. */
    public void signInAs(String user) {
        CamundaWebapps.signIn(browser, port, "tasklist", user);
        waitUntilReady();
    }

    public void signOut() {
        browser.click(browser.driver().findElement(By.xpath(
                "//a[contains(@class,'dropdown-toggle')][.//span[contains(@class,'glyphicon-user')]]")));
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Log out']"))));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(USER_NAME));
    }

    /** Back to the task list of the signed-in user. */
    public void open() {
        browser.driver().get(url());
        waitUntilReady();
    }

    /** Opens the task by its link, as from a notice, once its Camunda Form shows. */
    public void openTask(String taskId) {
        browser.driver().get(url() + "#/?task=" + taskId);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /** "Start process", the process by the name Tasklist lists, and its start form once the given field shows. */
    public void openStartForm(String processName, String firstFieldId) {
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(START_PROCESS)));
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@class='processes']//a[normalize-space()='" + processName + "']"))));
        field(firstFieldId);
    }

    public WebElement startButton() {
        return browser.driver().findElement(
                By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
    }

    /** Starts the process and waits until Tasklist says it started. */
    public void start() {
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(startButton())));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'alert')][contains(normalize-space(),'The process has been started.')]")));
    }

    /** The form once it shows a heading of the given words. */
    public WebElement formShowing(String heading) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-container')][.//h2[normalize-space()='" + heading + "']]")));
    }

    /** Picks the radio option or checkbox with the given label. */
    public void choose(String option) {
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[normalize-space()=\"" + option + "\"]"))));
    }

    /** Tasklist's "Complete" under the task's form. */
    public void complete() {
        browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[@ng-click='complete()']"))));
    }

    /** A field of the Camunda Form on screen, once it can be typed into. */
    public WebElement field(String componentId) {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(input(componentId)));
    }

    /** The field's inputs on screen: none while its condition hides it, as form-js then leaves it out. */
    public List<WebElement> fields(String componentId) {
        return browser.driver().findElements(input(componentId));
    }

    public String label(String componentId) {
        return browser.driver().findElement(By.xpath("//label[substring(@for, string-length(@for) - "
                + componentId.length() + ") = '-" + componentId + "']")).getText();
    }

    private void waitUntilReady() {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(START_PROCESS));
    }

    private static By input(String componentId) {
        return By.cssSelector("[id$='-" + componentId + "']");
    }
}
