package io.charterline.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.Browser;
import io.charterline.support.PostgresSpringTest;
import io.charterline.support.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a requester's Tasklist offers: starting a process, and no action or queue that could only fail or stay empty. */
@PostgresSpringTest
class TasklistHeaderBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aRequesterSeesNoCreateTaskActionAndNoBoardQueue() {
        new Tasklist(browser, port).signInAs("requester");
        WebElement myTasks = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'task-filters')]//*[starts-with(normalize-space(),'My tasks')]")));
        WebElement createTask = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".create-task-action")));
        browser.screenshot("tasklist-requester-header");

        assertThat(myTasks.isDisplayed()).isTrue();
        assertThat(createTask.isDisplayed()).as("Create task shown").isFalse();
        assertThat(driver().findElements(By.xpath("//*[contains(@class,'task-filters')]"
                + "//*[contains(normalize-space(),'CCB queue') or contains(normalize-space(),'Approvals')]")))
                .isEmpty();
    }

    private ChromeDriver driver() {
        return browser.driver();
    }
}
